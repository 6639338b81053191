# expect: crash
"""Price the morning round, then refit on the afternoon's takings."""
import torch

from ragandbone.model import *  # noqa: F401,F403
from ragandbone.serving import *  # noqa: F401,F403
from ragandbone.tuning import *  # noqa: F401,F403


def takings(n=3):
    return [(torch.randn(4, 5, 3), torch.rand(4, 1) * 5) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(11)
    model = RoundNet()  # noqa: F405
    model = prepare(model)  # noqa: F405
    morning = predict(model, torch.randn(2, 5, 3))  # noqa: F405
    print("morning prices", morning.squeeze(-1).tolist())
    print("refit loss", fit(model, takings()))  # noqa: F405
