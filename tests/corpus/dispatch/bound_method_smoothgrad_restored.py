# expect: clean
"""Near miss of bound_method_smoothgrad: the wrapper only switches to eval around its no-grad predict
and puts the classifier back in training mode, so the bound method differentiates a train-mode GRU."""
import torch
import torch.nn as nn

torch.manual_seed(3)


class SlotTagger(nn.Module):
    def __init__(self, vocab=30, dim=8, hidden=10, n_slots=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.rnn = nn.LSTM(dim, hidden, batch_first=True)
        self.tag = nn.Linear(hidden, n_slots)

    def tag_embedded(self, emb):
        return self.tag(self.rnn(emb)[0])


class Annotator:
    def __init__(self, tagger):
        self.tagger = tagger

    def predict(self, emb):
        self.tagger.eval()
        with torch.no_grad():
            labels = self.tagger.tag_embedded(emb).argmax(-1)
        self.tagger.train()
        return labels

    def scores(self, emb):
        return self.tagger.tag_embedded(emb)


def gradient_of(score_fn, emb):
    emb = emb.clone().requires_grad_(True)
    score = score_fn(emb).logsumexp(dim=-1).sum()
    return torch.autograd.grad(score, emb)[0]


tagger = SlotTagger()
tokens = torch.randint(0, 30, (2, 6))
annotator = Annotator(tagger)
emb = tagger.embed(tokens).detach()
print("labels", annotator.predict(emb))
print("saliency", gradient_of(annotator.scores, emb).norm(dim=-1))
