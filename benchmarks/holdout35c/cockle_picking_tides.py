# expect: clean
"""Cockle-bed yield by tide: an LSTM over tide-gauge windows.

A class-based context manager puts the model into inference for the
"bed survey" that runs before each fine-tuning round; it restores the mode
it found on exit.
"""
import torch
import torch.nn as nn


class BedYield(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, tides):
        out, _ = self.lstm(tides)
        return self.head(out.mean(dim=1))


class SurveyMode:
    """``with SurveyMode(model):`` runs the body in eval mode without grad."""

    def __init__(self, model):
        self.model = model
        self._prev = None
        self._nograd = torch.no_grad()

    def __enter__(self):
        self._prev = self.model.training
        self.model.eval()
        self._nograd.__enter__()
        return self.model

    def __exit__(self, *exc):
        self._nograd.__exit__(*exc)
        self.model.train(self._prev)
        return False


def survey(model, beds):
    with SurveyMode(model) as m:
        return [m(t).mean().item() for t in beds]


def fine_tune_round(model, opt, beds, yields):
    for tides, y in zip(beds, yields):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(tides), y)
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(7)
    beds = [torch.randn(5, 12, 3) for _ in range(3)]
    yields = [torch.randn(5, 1) for _ in range(3)]
    model = BedYield()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for rnd in range(3):
        before = survey(model, beds)
        loss = fine_tune_round(model, opt, beds, yields)
        print(f"round {rnd} survey {[round(b, 3) for b in before]} loss {loss:.4f}")


if __name__ == "__main__":
    main()
