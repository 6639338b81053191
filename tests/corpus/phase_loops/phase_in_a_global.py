# expect: crash
"""The phase is a module-level string that a helper rebinds (`global PHASE`); `sync_mode` reads it:
mining sets "mine", so the encoder's next forward in the loop runs in eval mode."""
import torch
import torch.nn as nn

PHASE = "train"


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0].mean(1)


def sync_mode(model):
    model.train(PHASE == "train")


def mine_negatives(model, x):
    global PHASE
    PHASE = "mine"
    sync_mode(model)
    with torch.no_grad():
        return model(x).argmax(-1)


def main():
    model = Encoder()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    sync_mode(model)
    for _ in range(2):
        x = torch.randn(3, 5, 4)
        hard = mine_negatives(model, x)
        loss = model(x).sum() + hard.float().mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    main()
