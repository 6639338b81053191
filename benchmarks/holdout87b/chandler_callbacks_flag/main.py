# expect: clean
import torch

from chandler import LossLogger, SaliencyLogger, WickNet, fit


def main():
    torch.manual_seed(6)
    data = [(torch.randn(4, 8, 3), torch.randint(0, 3, (4,))) for _ in range(3)]
    probe = torch.randn(2, 8, 3)
    fit(WickNet(), data, [LossLogger(), SaliencyLogger(probe)])


if __name__ == "__main__":
    main()
