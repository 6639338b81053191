# expect: clean
"""Saffron stigma drying: predict final crocin content from kiln humidity traces.

Fine-tuning a pretrained model on a new farm's small data set. As is common,
the batch-norm layers are frozen (put in eval, running statistics kept) while
the rest of the network trains; `freeze_bn` calls ``.eval()`` on those layers
only, so the LSTM stays in training mode.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(22)


class CrocinNet(nn.Module):
    def __init__(self, n_in=4, hidden=12):
        super().__init__()
        self.bn_in = nn.BatchNorm1d(n_in)
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.bn_out = nn.BatchNorm1d(hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.bn_in(x.transpose(1, 2)).transpose(1, 2)
        _, (h, _) = self.lstm(x)
        return self.head(self.bn_out(h[-1])).squeeze(-1)


def freeze_bn(model):
    for m in model.modules():
        if isinstance(m, nn.modules.batchnorm._BatchNorm):
            m.eval()
            for p in m.parameters():
                p.requires_grad_(False)
    return model


def kiln_batch(n=6, shift=0.0):
    x = torch.randn(n, 10, 4) + shift
    return x, 0.2 * x[..., 0].mean(1) - 0.1 * x[..., 3].mean(1)


def main():
    model = CrocinNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(3):  # pretraining on the cooperative's data
        x, y = kiln_batch()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    model.eval()
    with torch.no_grad():
        x, y = kiln_batch(shift=0.5)
        print("new farm before", F.mse_loss(model(x), y).item())

    model.train()
    freeze_bn(model)
    ft_opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for step in range(3):
        x, y = kiln_batch(shift=0.5)
        loss = F.mse_loss(model(x), y)
        ft_opt.zero_grad()
        loss.backward()
        ft_opt.step()
        print("finetune", step, round(loss.item(), 4), "lstm training:", model.lstm.training)


if __name__ == "__main__":
    main()
