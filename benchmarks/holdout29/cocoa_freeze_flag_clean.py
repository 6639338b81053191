# expect: clean
"""Cocoa fermentation: an argparse store_true flag freezes the embedding and the encoder; only the head trains."""
import argparse

import torch
import torch.nn as nn

torch.manual_seed(15)
p = argparse.ArgumentParser()
p.add_argument("--freeze-encoder", action="store_true")
args = p.parse_args(["--freeze-encoder"])


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 4)
        self.enc = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, tok):
        o, _ = self.enc(self.emb(tok))
        return self.out(o[:, -1])


net = Net()
if args.freeze_encoder:
    net.enc.eval()
    net.enc.requires_grad_(False)
    net.emb.requires_grad_(False)
opt = torch.optim.Adam([q for q in net.parameters() if q.requires_grad], 1e-2)
tok, y = torch.randint(0, 10, (4, 6)), torch.randn(4, 1)
loss = nn.functional.mse_loss(net(tok), y)
loss.backward()
opt.step()
print(float(loss))
