# expect: crash
"""Clog-maker sole wear: distil a large GRU teacher into a small student on gait
pressure traces. The teacher is evaluated at every student step."""
import torch

from clogs import DistilStep, build

CONFIG = {
    "teacher": {"name": "gru_tagger", "hidden": 16},
    "student": {"name": "gru_tagger", "hidden": 4},
    "alpha": 0.5,
    "steps": 3,
}


def main(cfg):
    torch.manual_seed(12)
    teacher = build(cfg["teacher"], role="teacher")
    student = build(cfg["student"], role="student")
    step = DistilStep(teacher, student, alpha=cfg["alpha"])
    for i in range(cfg["steps"]):
        x = torch.randn(4, 8, 2)
        y = torch.randint(0, 3, (4, 8))
        print(i, step(x, y))


if __name__ == "__main__":
    main(CONFIG)
