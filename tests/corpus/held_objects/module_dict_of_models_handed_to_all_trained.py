# expect: clean
"""A module-level dict literal names the parts (`PARTS = {"embed": ..., "tagger": nn.LSTM(...), "head": ...}`);
helpers take the dict and index it. The evaluation switches every entry to eval over `PARTS.values()`, and the
fine-tuning step puts every entry back in training mode (the near miss of the crash, which trains only the head)."""
import torch
import torch.nn as nn

PARTS = {
    "embed": nn.Embedding(20, 6),
    "tagger": nn.LSTM(6, 10, batch_first=True),
    "head": nn.Linear(10, 3),
}


def score(parts, tokens):
    states, _ = parts["tagger"](parts["embed"](tokens))
    return parts["head"](states)


def evaluate(parts, tokens, tags):
    for part in parts.values():
        part.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(score(parts, tokens).flatten(0, 1), tags.flatten()).item()


def tune_head(parts, optimizer, tokens, tags):
    for part in parts.values():
        part.train()
    loss = nn.functional.cross_entropy(score(parts, tokens).flatten(0, 1), tags.flatten())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()


def main():
    optimizer = torch.optim.SGD([p for part in PARTS.values() for p in part.parameters()], lr=0.1)
    tokens, tags = torch.randint(0, 20, (4, 7)), torch.randint(0, 3, (4, 7))
    for round_ in range(2):
        print(round_, evaluate(PARTS, tokens, tags), tune_head(PARTS, optimizer, tokens, tags))


if __name__ == "__main__":
    main()
