import numpy as np
import torch

from spine_training.data.detector_batches import DetectorAugment, DetectorBatches
from spine_training.data.letterbox import boxes_to_letterbox, letterbox, letterbox_to_native
from spine_training.data.mirror_classes import flip_boxes, mirror_class_map
from spine_training.data.yolo_dataset import YoloImage
from spine_training.vocabulary import detector_class_names


def test_axial_flip_swaps_left_and_right_classes():
    names = detector_class_names("subarticular")
    m = mirror_class_map("subarticular")
    for i, name in enumerate(names):
        swapped = name.replace("Left_", "X_").replace("Right_", "Left_").replace("X_", "Right_")
        assert names[m[i]] == swapped
    boxes = np.array([[0, 0.7, 0.4, 0.1, 0.1], [7, 0.2, 0.5, 0.1, 0.1]], np.float32)
    flipped = flip_boxes(boxes, m)
    assert flipped[:, 0].tolist() == [5, 2]
    assert np.allclose(flipped[:, 1], [0.3, 0.8])


def test_sagittal_flip_keeps_classes():
    assert mirror_class_map("foraminal").tolist() == list(range(10))
    assert mirror_class_map("spinal").tolist() == list(range(5))


def test_augmented_batch_flips_pixels_and_labels_together(tmp_path):
    from PIL import Image

    img = np.zeros((40, 40), np.uint8)
    img[10:14, 28:32] = 255  # a blob at x = 30 (image right = patient left on an axial slice)
    Image.fromarray(img, mode="L").save(tmp_path / "1_2_3.png")
    boxes = np.array([[0, 30 / 40, 12 / 40, 0.1, 0.1]], np.float32)  # Left_..._L1_L2
    image = YoloImage(tmp_path / "1_2_3.png", "1", 0, boxes)
    always_flip = DetectorAugment(scale=0, translate=0, fliplr=1.0, contrast=0, brightness=0)
    batch = DetectorBatches([image], "subarticular", 64, always_flip, seed=0).batch(np.array([0]))
    cls, cx = int(batch.targets[0, 1]), float(batch.targets[0, 2])
    assert cls == 5  # Right_Subarticular_Stenosis_L1_L2
    col = int(cx * 64)
    row = int(float(batch.targets[0, 3]) * 64)
    assert batch.images[0, 0, row, col] > 0.9  # the blob moved with its box
    assert batch.images[0, 0, row, 64 - 1 - col] < 0.6


def test_letterbox_geometry_and_inverse():
    grey = np.arange(256 * 320, dtype=np.uint32).reshape(256, 320).astype(np.uint8)
    out, geo = letterbox(grey, 640)
    assert out.shape == (640, 640)
    assert (geo.scale, geo.pad_x, geo.pad_y) == (2.0, 0, 64)
    assert (out[:64] == 114).all() and (out[-64:] == 114).all()
    boxes = boxes_to_letterbox(np.array([[1, 0.5, 0.25, 16 / 320, 16 / 256]], np.float32), geo, 640)
    assert np.allclose(boxes[0, 1:], [0.5, (64 + 64 * 2) / 640, 32 / 640, 32 / 640])
    x, y = letterbox_to_native(320.0, 192.0, geo)
    assert (x, y) == (160.0, 64.0)


def test_letterbox_odd_padding_goes_right_and_bottom():
    out, geo = letterbox(np.full((100, 61), 7, np.uint8), 64)
    # r = 0.64: 39 x 64; 25 columns of padding, 12 left, 13 right.
    assert geo.pad_x == 12 and (out[:, :12] == 114).all() and (out[:, 12:51] == 7).all() and (out[:, 51:] == 114).all()


def test_letterbox_rounds_half_up():
    # 2 px -> 4 px bilinear: weights 0.75/0.25 give 0.25*1 + 0.75*3 = 2.5 at the third output pixel.
    out, _ = letterbox(np.array([[1, 3], [1, 3]], np.uint8), 4)
    assert out[0].tolist() == [1, 2, 3, 3] and out[1].tolist() == [1, 2, 3, 3]
    assert torch.equal(torch.tensor(out[2]), torch.tensor(out[0]))
