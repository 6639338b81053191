# expect: clean
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from ropewalk import Distiller, make_net  # noqa: E402


def main():
    torch.manual_seed(7)
    teacher, student = make_net("large"), make_net("small")
    d = Distiller(teacher, student)
    for it in range(3):
        x, y = torch.randn(6, 5, 4), torch.randint(0, 3, (6,))
        print(it, round(d.step(x, y), 4))


if __name__ == "__main__":
    main()
