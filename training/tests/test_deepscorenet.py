import torch
import torch.nn.functional as F

from spine_training.models.deepscorenet import DeepScoreNet, keras_parameter_count
from spine_training.models.keras_same_max_pool import KerasSameMaxPool2d, keras_same_padding


def test_parameter_count_is_the_seeds():
    # seed-method.md: 2,787,651 parameters as Keras counts them (BN moving stats included).
    model = DeepScoreNet()
    assert keras_parameter_count(model) == 2_787_651
    bn_channels = 32 + 2 * 64 + 4 * 128 + 4 * 256
    assert sum(p.numel() for p in model.parameters()) == 2_787_651 - 2 * bn_channels


def test_probabilities_shape_and_sum():
    model = DeepScoreNet().eval()
    x = torch.rand(5, 32, 32, 3) * 255
    p = model(x)
    assert p.shape == (5, 3)
    assert torch.allclose(p.sum(1), torch.ones(5), atol=1e-6)


def test_feature_maps_halve_like_keras_same():
    model = DeepScoreNet().eval()
    x = torch.rand(1, 3, 32, 32)
    sizes = []
    h = model.stem(x)
    for block in model.blocks:
        h = block(h)
        sizes.append(tuple(h.shape[1:]))
    assert sizes == [(64, 16, 16), (128, 8, 8), (256, 4, 4)]


def test_same_max_pool_matches_explicit_tensorflow_padding():
    pool = KerasSameMaxPool2d(3, 2)
    assert keras_same_padding(32, 3, 2) == (0, 1)
    assert keras_same_padding(31, 3, 2) == (1, 1)
    for n in (32, 16, 8, 31, 7):
        x = torch.randn(2, 4, n, n)
        top, bottom = keras_same_padding(n, 3, 2)
        ref = F.max_pool2d(F.pad(x, (top, bottom, top, bottom), value=float("-inf")), 3, 2)
        assert torch.equal(pool(x), ref)
