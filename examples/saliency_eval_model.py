# expect: crash
"""Explain a trained GRU sentiment model with input-gradient saliency.

The bug: the model is (rightly) in eval mode for the explanation, but saliency needs a backward through the GRU,
which cuDNN refuses in eval mode. Keep eval mode and disable cuDNN around the forward and backward instead
(torchmode's second quick fix), or switch the model to train mode if it has no dropout to worry about.
"""
import torch
import torch.nn as nn


class SentimentGRU(nn.Module):
    def __init__(self, vocab_size=200, embed_dim=24, hidden=48):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.gru = nn.GRU(embed_dim, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 2)

    def forward_embeddings(self, embedded):
        out, _ = self.gru(embedded)
        return self.head(out.mean(dim=1))

    def forward(self, tokens):
        return self.forward_embeddings(self.embedding(tokens))


def saliency(model, tokens, target_class):
    embedded = model.embedding(tokens).detach().requires_grad_(True)
    score = model.forward_embeddings(embedded)[0, target_class]
    score.backward()  # TM001-here
    return embedded.grad.norm(dim=-1).squeeze(0)


def main():
    torch.manual_seed(0)
    model = SentimentGRU()
    model.eval()
    review = torch.randint(0, 200, (1, 12))
    with torch.no_grad():
        predicted = model(review).argmax(-1).item()
    weights = saliency(model, review, predicted)
    top = weights.topk(3).indices.tolist()
    print(f"predicted class {predicted}; most influential token positions: {top}")


if __name__ == "__main__":
    main()
