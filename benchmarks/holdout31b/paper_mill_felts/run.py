# expect: crash
"""Paper-mill press felts: predict felt permeability loss (and so the change date) from
nip-load, vacuum-box and shower-pressure logs. A small student is distilled from a
teacher that shares its sequence encoder; the teacher is checked between epochs.
"""
import torch

from felts import build_pair, make_batches, DistillLoop


def main():
    torch.manual_seed(43)
    teacher, student = build_pair(hidden=10)
    loop = DistillLoop(teacher, student, lr=3e-3, alpha=0.5)
    loop.fit(make_batches(n_batches=3), epochs=3)


if __name__ == "__main__":
    main()
