"""Loading a trained model for inference: it comes back in eval mode, with its vocabulary and options."""
import torch.nn as nn


class NMTModel(nn.Module):
    def __init__(self, dim=8, vocab=12):
        super().__init__()
        self.encoder = nn.LSTM(dim, dim)
        self.generator = nn.Linear(dim, vocab)

    def forward(self, emb):
        return self.generator(self.encoder(emb)[0])


def build_model(opt):
    return NMTModel(opt["dim"], opt["vocab"])


def load_test_model(opt):
    model = build_model(opt)
    model.eval()
    model.generator.eval()
    fields = {"vocab": list(range(opt["vocab"]))}
    return fields, model, opt
