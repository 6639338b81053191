# expect: clean
"""Dawn-chorus species counts from hedgerow microphones (band energies per
second).  A logging callback records input saliency for one fixed clip after
every epoch; the model is switched to eval for the callback so dropout does not
blur the map, and the callback runs with cuDNN disabled.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(15)


class ChorusNet(nn.Module):
    def __init__(self, bands=6, hidden=10, species=4):
        super().__init__()
        self.lstm = nn.LSTM(bands, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.3)
        self.counts = nn.Linear(2 * hidden, species)

    def forward(self, x):
        out, _ = self.lstm(x)
        return F.softplus(self.counts(self.drop(out.mean(1))))


class SaliencyLogger:
    def __init__(self, clip):
        self.clip = clip
        self.maps = []

    def on_epoch_end(self, model, epoch):
        was = model.training
        model.eval()
        with torch.backends.cudnn.flags(enabled=False):
            x = self.clip.clone().requires_grad_(True)
            model(x).sum().backward()
        self.maps.append(x.grad.abs().sum(-1).squeeze(0))
        model.zero_grad(set_to_none=True)
        model.train(was)
        print(f"epoch {epoch} saliency peak at second {int(self.maps[-1].argmax())}")


def main():
    model = ChorusNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    callbacks = [SaliencyLogger(torch.randn(1, 15, 6))]
    for epoch in range(2):
        model.train()
        for _ in range(3):
            x = torch.randn(4, 15, 6)
            y = torch.poisson(torch.full((4, 4), 2.0))
            loss = F.poisson_nll_loss(model(x), y, log_input=False)
            opt.zero_grad()
            loss.backward()
            opt.step()
        for cb in callbacks:
            cb.on_epoch_end(model, epoch)


if __name__ == "__main__":
    main()
