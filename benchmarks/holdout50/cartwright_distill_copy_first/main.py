# expect: clean
"""Cartwright wheel-rim wear: strain-gauge traces around a turning wheel -> rim
wear class.  A big GRU teacher is trained first, then distilled into a student
of the same shape with a narrower dropout (the student starts from the teacher)."""
import copy

import torch

from distill import Distiller, freeze, unfreeze
from net import RimNet, pretrain, rim_batches


def main():
    torch.manual_seed(23)
    model = RimNet(n_in=3, hidden=10, n_classes=3, p=0.3)
    pretrain(model, rim_batches(4, seed=1), lr=5e-3)

    student = copy.deepcopy(model)
    teacher = freeze(model)
    unfreeze(student)
    student.drop.p = 0.1

    distiller = Distiller(teacher, student, temperature=2.0, alpha=0.7, lr=3e-3)
    history = distiller.fit(rim_batches(6, seed=2))
    print("distill losses", [round(h, 4) for h in history])


if __name__ == "__main__":
    main()
