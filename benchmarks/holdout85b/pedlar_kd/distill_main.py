# expect: crash
"""Pedlar basket demand: distil a pretrained LSTM teacher into a student initialised from it."""
import torch

from models import DemandLSTM
from pretrain import pretrain_teacher
from distill import build_student, distill

torch.manual_seed(11)
SETTINGS = {"hidden": 10, "pretrain_steps": 3, "distill_steps": 3, "temperature": 2.0}

if __name__ == "__main__":
    data = torch.randn(8, 7, 3)
    labels = torch.randint(0, 4, (8,))
    teacher = DemandLSTM(hidden=SETTINGS["hidden"])
    pretrain_teacher(teacher, data, labels, SETTINGS["pretrain_steps"])
    student = build_student(teacher)
    losses = distill(teacher, student, data, SETTINGS["distill_steps"], SETTINGS["temperature"])
    print("distil losses", [round(l, 4) for l in losses])
