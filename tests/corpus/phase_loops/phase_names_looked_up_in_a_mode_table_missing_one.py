# expect: crash
"""A schedule of phase names; a phase named in the mode table switches the model to its mode (`if name in
MODE_OF: model.train(MODE_OF[name])`), but "train" is missing there: it trains with the mode "probe" left."""
import torch
from torch import nn

MODE_OF = {"warmup": True, "probe": False}
SCHEDULE = ["warmup", "probe", "train"]


class Segmenter(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.head(seq)


def run(model, schedule):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for name in schedule:
        if name in MODE_OF:
            model.train(MODE_OF[name])
        x = torch.randn(2, 7, 3)
        if name == "probe":
            with torch.no_grad():
                print("probe", model(x).mean().item())
            continue
        loss = model(x).logsumexp(-1).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    run(Segmenter(), SCHEDULE)
