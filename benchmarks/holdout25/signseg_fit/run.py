# expect: crash
"""Sign-stream segmentation: BIO tagging of pose-keypoint streams."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

import signseg  # noqa: E402

torch.manual_seed(12)
cfg = {"keypoints": 6, "hidden": 8, "epochs": 3, "lr": 1e-2}
model = signseg.BoundaryTagger(cfg["keypoints"], cfg["hidden"])
train_set = [(torch.randn(3, 9, 6), torch.randint(0, 3, (3, 9))) for _ in range(2)]
dev_set = [(torch.randn(2, 9, 6), torch.randint(0, 3, (2, 9)))]
history = signseg.fit(model, train_set, dev_set, epochs=cfg["epochs"], lr=cfg["lr"])
print("history", history)
