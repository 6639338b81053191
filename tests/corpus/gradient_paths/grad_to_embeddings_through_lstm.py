# expect: crash
"""The same attribution taken one layer lower, with respect to the word embeddings: the gradient
now has to pass back through the LSTM, which ran in eval mode."""
import torch
import torch.nn as nn


class SentimentTagger(nn.Module):
    def __init__(self, vocab=50, dim=8, hidden=10):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 2)


def embedding_attribution(tagger, tokens, target):
    embedded = tagger.embed(tokens)
    activations, _ = tagger.lstm(embedded)
    score = tagger.out(activations.mean(dim=1))[:, target].sum()
    (grad,) = torch.autograd.grad(score, embedded)  # TM001-here
    return (grad * embedded).sum(-1)


tagger = SentimentTagger()
tagger.eval()
tokens = torch.randint(0, 50, (2, 7))
relevance = embedding_attribution(tagger, tokens, target=1)
print(relevance.shape)
