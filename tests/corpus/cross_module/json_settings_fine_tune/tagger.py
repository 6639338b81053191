import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.gru = nn.GRU(features, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 5)

    def forward(self, tokens):
        return self.out(self.gru(tokens)[0])


def build(config, resume_for_inference=False):
    model = Tagger(**config)
    if resume_for_inference:
        model.eval()  # a restored checkpoint, served before it is tuned again
    return model
