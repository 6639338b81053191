# expect: crash
"""A serving-style Predictor whose public methods are all @torch.no_grad(); an `explain` method re-enables grad
to return token importances for the same eval-mode LSTM model."""
import torch
import torch.nn as nn


class Review(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(40, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward_embeds(self, e):
        return self.out(self.lstm(e)[0][:, -1])

    def forward(self, tokens):
        return self.forward_embeds(self.emb(tokens))


class Predictor:
    def __init__(self, model):
        self.model = model.eval()

    @torch.no_grad()
    def predict(self, tokens):
        return self.model(tokens).softmax(-1)

    @torch.no_grad()
    def explain(self, tokens):
        label = self.predict(tokens).argmax(-1)
        with torch.enable_grad():
            embeds = self.model.emb(tokens).detach().requires_grad_()
            score = self.model.forward_embeds(embeds).gather(1, label[:, None]).sum()
            score.backward()  # TM001-here
        return (embeds.grad * embeds).sum(-1)


if __name__ == "__main__":
    torch.manual_seed(0)
    predictor = Predictor(Review())
    toks = torch.randint(0, 40, (2, 7))
    print(predictor.predict(toks))
    print(predictor.explain(toks))
