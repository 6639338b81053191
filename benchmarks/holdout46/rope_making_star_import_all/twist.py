# expect: clean
"""Rope making: predict the final breaking strain of a hawser-laid rope from the
twist-per-metre readings taken along the ropewalk while the strands are laid."""
import torch
import torch.nn.functional as F

from rope.layers import *  # noqa: F401,F403
from rope.inspection import *  # noqa: F401,F403


def main():
    torch.manual_seed(1)
    model = prepare(StrainNet(hidden=8))  # noqa: F405
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step, (twist, strain) in enumerate(walk_readings(6)):  # noqa: F405
        opt.zero_grad()
        loss = F.l1_loss(model(twist), strain)
        loss.backward()
        opt.step()
        if step % 2 == 0:
            print(f"step {step}: l1 {loss.item():.3f}")
    print("inspection:", inspect_lay(model, walk_readings(1)[0][0]))  # noqa: F405


if __name__ == "__main__":
    main()
