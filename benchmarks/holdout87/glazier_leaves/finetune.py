# expect: crash
"""Glazier kiln: finetune a crack detector on kiln-temperature traces with stochastic layers frozen."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from glazier import KilnNet, freeze_stochastic  # noqa: E402


def main():
    torch.manual_seed(6)
    model = KilnNet()
    model.apply(freeze_stochastic)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.05)
    for step in range(3):
        x = torch.randn(4, 8, 3)
        y = torch.randint(0, 2, (4,))
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
