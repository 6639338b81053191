# expect: crash
"""Bird migration tracks: which GPS fixes drive the flyway prediction (input gradients of an evaluated model)."""
import torch

from probe import fix_importance
from tracks import FlywayLSTM, fit


def main():
    torch.manual_seed(10)
    tracks, routes = torch.randn(4, 12, 4), torch.randint(0, 3, (4,))
    model = FlywayLSTM()
    fit(model, tracks, routes)
    model.eval()
    print("importance", fix_importance(model, tracks, routes)[0].tolist()[:5])


if __name__ == "__main__":
    main()
