import torch

from .common import tagging_loss, weights_file


def main():
    tagger = torch.load(weights_file("whole"), weights_only=False)
    tagger.train()
    opt = torch.optim.Adam(tagger.parameters(), lr=1e-3)
    loss = tagging_loss(tagger)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("adapted", loss.item())
