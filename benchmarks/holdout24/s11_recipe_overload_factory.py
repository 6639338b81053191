# expect: crash
"""Recipe generation (ingredient list -> instruction tokens) with a typing.overload model factory.

`build("serving")` returns the model already in eval mode; the script fine-tunes the serving model.
"""
from typing import Literal, overload

import torch
import torch.nn as nn


class RecipeLM(nn.Module):
    def __init__(self, vocab=30, dim=8, hidden=12):
        super().__init__()
        self.ingr = nn.EmbeddingBag(vocab, hidden)
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, ingredients, steps):
        h0 = self.ingr(ingredients).unsqueeze(0)
        out, _ = self.lstm(self.emb(steps), (h0, torch.zeros_like(h0)))
        return self.out(out)


class ServingRecipeLM(RecipeLM):
    pass


@overload
def build(kind: Literal["train"]) -> RecipeLM: ...
@overload
def build(kind: Literal["serving"]) -> ServingRecipeLM: ...
def build(kind):
    if kind == "serving":
        return ServingRecipeLM().eval()
    return RecipeLM()


def main():
    torch.manual_seed(4)
    model = build("serving")
    ingredients = torch.randint(0, 30, (3, 4))
    steps = torch.randint(0, 30, (3, 6))
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(2):
        logits = model(ingredients, steps[:, :-1])
        loss = nn.functional.cross_entropy(logits.transpose(1, 2), steps[:, 1:])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(loss.item())


if __name__ == "__main__":
    main()
