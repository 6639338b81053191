# expect: clean
import torch

from guiding.net import CrevasseTagger
from guiding.selftrain import make_step


def main():
    torch.manual_seed(7)
    model = CrevasseTagger()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    step = make_step(model, opt)
    for it in range(3):
        labelled = (torch.randn(3, 9, 5), torch.randint(0, 3, (3, 9)))
        loss = step(labelled, torch.randn(4, 9, 5))
    print("last loss", round(loss, 4))


if __name__ == "__main__":
    main()
