import torch

from .common import Tagger, tagging_loss, weights_file


def main():
    tagger = Tagger()
    tagger.load_state_dict(torch.load(weights_file("weights")))
    tagger.eval()
    with torch.no_grad():
        print("held-out loss", tagging_loss(tagger).item())
    torch.save(tagger, weights_file("whole"))
