"""The readers on a tiny export written by hand in the EXPORT_FORMAT.md layout."""

import json

import numpy as np
import pytest
from PIL import Image

from spine_training.data.crop_dataset import read_crop_dataset
from spine_training.data.export_error import ExportFormatError
from spine_training.data.export_manifest import read_export_manifest
from spine_training.data.yolo_dataset import load_grey, read_yolo_dataset

HEADER = "index,study_id,series_id,instance_number,condition,level,grade,fold,x,y\n"
SPINAL_YAML = """path: .
condition: spinal
nc: 5
names:
  0: Spinal_Canal_Stenosis_L1_L2
  1: Spinal_Canal_Stenosis_L2_L3
  2: Spinal_Canal_Stenosis_L3_L4
  3: Spinal_Canal_Stenosis_L4_L5
  4: Spinal_Canal_Stenosis_L5_S1
folds:
  0: folds/fold0.txt
  1: folds/fold1.txt
  2: folds/fold2.txt
  3: folds/fold3.txt
  4: folds/fold4.txt
"""


@pytest.fixture()
def export(tmp_path):
    manifest = {"formatVersion": 1, "sourceDatabase": "/data/a.sqlite", "labelSnapshotAt": "2025-01-02T03:04:05Z",
                "folds": {"count": 5, "byStudy": {"11": 0, "22": 3}}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    crops = tmp_path / "crops" / "foraminal"
    crops.mkdir(parents=True)
    np.save(crops / "crops.npy", np.arange(3 * 32 * 32, dtype=np.uint32).reshape(3, 32, 32).astype(np.uint8))
    (crops / "labels.csv").write_text(
        HEADER
        + "2,11,111,7,Left Neural Foraminal Narrowing,L4/L5,Severe,0,120.5,88.25\n"
        + "0,11,111,7,Right Neural Foraminal Narrowing,L1/L2,Normal/Mild,0,100,60\n"
        + "1,22,221,9,Left Neural Foraminal Narrowing,L5/S1,Moderate,3,99,101\n")
    yolo = tmp_path / "yolo" / "spinal"
    for sub in ("images", "labels", "folds"):
        (yolo / sub).mkdir(parents=True)
    (yolo / "data.yaml").write_text(SPINAL_YAML)
    Image.fromarray(np.full((48, 40), 9, np.uint8), mode="L").save(yolo / "images" / "11_112_5.png")
    Image.fromarray(np.full((48, 40), 3, np.uint8), mode="L").save(yolo / "images" / "22_222_1.png")
    (yolo / "labels" / "11_112_5.txt").write_text("0 0.5 0.25 0.4 0.333333\n4 0.5 0.75 0.4 0.333333\n")
    (yolo / "labels" / "22_222_1.txt").write_text("")
    for k in range(5):
        (yolo / "folds" / f"fold{k}.txt").write_text({0: "images/11_112_5.png\n", 3: "images/22_222_1.png\n"}.get(k, ""))
    return tmp_path


def test_reads_crops_in_index_order(export):
    m = read_export_manifest(export)
    assert m.source_database == "/data/a.sqlite" and m.fold_by_study == {"11": 0, "22": 3}
    d = read_crop_dataset(export / "crops" / "foraminal", m)
    assert d.crops.shape == (3, 32, 32) and d.crops.dtype == np.uint8
    assert d.grades.tolist() == [0, 1, 2] and d.folds.tolist() == [0, 3, 0]
    assert d.conditions[2] == "Left Neural Foraminal Narrowing" and d.levels[1] == "L5/S1"
    assert d.select((0,)).tolist() == [0, 2]
    assert d.grade_counts() == {"Normal/Mild": 1, "Moderate": 1, "Severe": 1}


def test_reads_yolo_images_labels_and_folds(export):
    d = read_yolo_dataset(export / "yolo" / "spinal", read_export_manifest(export))
    assert [im.path.name for im in d.images] == ["11_112_5.png", "22_222_1.png"]
    assert d.images[0].boxes.shape == (2, 5) and d.images[0].boxes[1, 0] == 4
    assert d.images[1].boxes.shape == (0, 5)  # negative slice
    assert [im.fold for im in d.images] == [0, 3] and d.images[1].study_id == "22"
    assert load_grey(d.images[0].path).shape == (48, 40)


def _expect(error_part: str, fn, *args):
    with pytest.raises(ExportFormatError) as info:
        fn(*args)
    assert error_part in str(info.value)
    return str(info.value)


def test_bad_grade_names_file_line_and_field(export):
    path = export / "crops" / "foraminal" / "labels.csv"
    path.write_text(path.read_text().replace("Moderate", "moderate"))
    msg = _expect("field 'grade'", read_crop_dataset, export / "crops" / "foraminal")
    assert msg.startswith(f"{path}:4:")


def test_crop_condition_of_another_group_is_refused(export):
    path = export / "crops" / "foraminal" / "labels.csv"
    path.write_text(path.read_text().replace("Right Neural Foraminal Narrowing", "Spinal Canal Stenosis"))
    _expect("is not a foraminal condition", read_crop_dataset, export / "crops" / "foraminal")


def test_crop_fold_must_agree_with_manifest(export):
    path = export / "crops" / "foraminal" / "labels.csv"
    path.write_text(path.read_text().replace("Moderate,3", "Moderate,2"))
    _expect("disagrees with manifest.json", read_crop_dataset, export / "crops" / "foraminal", read_export_manifest(export))


def test_missing_label_row_and_wrong_header(export):
    path = export / "crops" / "foraminal" / "labels.csv"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[:-1]))
    _expect("have no label row", read_crop_dataset, export / "crops" / "foraminal")
    path.write_text("idx" + "".join(lines)[5:])
    _expect("header must be", read_crop_dataset, export / "crops" / "foraminal")


def test_yolo_label_line_errors(export):
    label = export / "yolo" / "spinal" / "labels" / "11_112_5.txt"
    label.write_text("0 0.5 0.25 0.4 0.333333\n5 0.5 0.75 0.4 0.3\n")
    assert _expect("class 5 outside 0..4", read_yolo_dataset, export / "yolo" / "spinal").startswith(f"{label}:2:")
    label.write_text("0 0.5 1.25 0.4 0.3\n")
    _expect("box must be normalised", read_yolo_dataset, export / "yolo" / "spinal")
    label.unlink()
    _expect("label file missing", read_yolo_dataset, export / "yolo" / "spinal")


def test_yolo_names_must_be_the_seed_order(export):
    y = export / "yolo" / "spinal" / "data.yaml"
    y.write_text(SPINAL_YAML.replace("0: Spinal_Canal_Stenosis_L1_L2", "0: X").replace("1: Spinal_Canal_Stenosis_L2_L3", "1: Spinal_Canal_Stenosis_L1_L2"))
    _expect("field 'names' must be the seed's spinal classes", read_yolo_dataset, export / "yolo" / "spinal")


def test_yolo_image_outside_folds_and_in_two_folds(export):
    folds = export / "yolo" / "spinal" / "folds"
    (folds / "fold3.txt").write_text("")
    _expect("listed in no fold", read_yolo_dataset, export / "yolo" / "spinal")
    (folds / "fold3.txt").write_text("images/22_222_1.png\n")
    (folds / "fold1.txt").write_text("images/11_112_5.png\n")
    assert _expect("already in fold 0", read_yolo_dataset, export / "yolo" / "spinal").endswith("fold1.txt:1: images/11_112_5.png is already in fold 0")


def test_yolo_fold_must_match_the_studys_fold(export):
    folds = export / "yolo" / "spinal" / "folds"
    (folds / "fold3.txt").write_text("")
    (folds / "fold4.txt").write_text("images/22_222_1.png\n")
    _expect("manifest.json puts study 22 in fold 3", read_yolo_dataset, export / "yolo" / "spinal", read_export_manifest(export))


def test_non_grey_png_is_refused(export):
    img = export / "yolo" / "spinal" / "images" / "11_112_5.png"
    Image.fromarray(np.zeros((4, 4, 3), np.uint8), mode="RGB").save(img)
    _expect("must be an 8-bit greyscale PNG", load_grey, img)


def test_manifest_errors(export):
    path = export / "manifest.json"
    path.write_text('{"formatVersion": 2}')
    _expect("formatVersion must be 1", read_export_manifest, export)
    path.write_text('{"formatVersion": 1, "sourceDatabase": "a", "labelSnapshotAt": "b", "folds": {"count": 5, "byStudy": {"1": 7}}}')
    _expect("folds.byStudy['1'] must be an integer 0-4", read_export_manifest, export)
    path.write_text("{not json")
    _expect("not valid JSON", read_export_manifest, export)
