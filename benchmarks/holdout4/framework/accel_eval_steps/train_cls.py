# expect: crash
"""Sentiment classifier trained with the accelerate-like loop; evaluates every `eval_steps` optimizer steps."""
import torch
import torch.nn as nn

from evaluation import evaluate
from miniaccel import Accelerator


class BiGRUClassifier(nn.Module):
    def __init__(self, vocab=50, dim=12, classes=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim, padding_idx=0)
        self.encoder = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(2 * dim, classes)

    def forward(self, tokens):
        states, _ = self.encoder(self.emb(tokens))
        return self.classifier(states.max(1).values)


def loader(n, batch=4):
    return [(torch.randint(1, 50, (batch, 9)), torch.randint(0, 3, (batch,))) for _ in range(n)]


def main(eval_steps=2, epochs=1):
    torch.manual_seed(0)
    accelerator = Accelerator(gradient_accumulation_steps=2)
    model = BiGRUClassifier()
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3)
    train_dl, eval_dl = loader(8), loader(2)
    model, optimizer, train_dl, eval_dl = accelerator.prepare(model, optimizer, train_dl, eval_dl)
    loss_fn = nn.CrossEntropyLoss()
    completed = 0
    for epoch in range(epochs):
        model.train()
        for tokens, labels in train_dl:
            loss = loss_fn(model(tokens), labels)
            accelerator.backward(loss)
            if accelerator.sync_gradients():
                optimizer.step()
                optimizer.zero_grad()
                completed += 1
                if completed % eval_steps == 0:
                    score = evaluate(model, eval_dl, loss_fn)
                    accelerator.print(f"step {completed}: eval loss {score:.4f}")


if __name__ == "__main__":
    main()
