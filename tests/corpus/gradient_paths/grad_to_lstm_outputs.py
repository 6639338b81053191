# expect: clean
"""Layer attribution on a sentiment tagger: the gradient of the class score is taken with respect
to the LSTM's own output sequence (what captum's LayerGradientXActivation does for a recurrent
layer). autograd stops at those activations, so the LSTM's backward never runs: eval mode is fine."""
import torch
import torch.nn as nn


class SentimentTagger(nn.Module):
    def __init__(self, vocab=50, dim=8, hidden=10):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 2)


def layer_attribution(tagger, tokens, target):
    activations, _ = tagger.lstm(tagger.embed(tokens))
    pooled = activations.mean(dim=1)
    score = tagger.out(pooled)[:, target].sum()
    (grad,) = torch.autograd.grad(score, activations)
    return (grad * activations).sum(-1)


tagger = SentimentTagger()
tagger.eval()
tokens = torch.randint(0, 50, (2, 7))
relevance = layer_attribution(tagger, tokens, target=1)
print(relevance.shape)
