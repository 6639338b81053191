import torch

from .common import Tagger, tagging_loss, weights_file


def main():
    tagger = Tagger()
    opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
    loss = tagging_loss(tagger)
    opt.zero_grad()
    loss.backward()
    opt.step()
    torch.save(tagger.state_dict(), weights_file("weights"))
