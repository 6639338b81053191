# expect: clean
# category: framework
"""Token classification with a GRU tagger, evaluated each epoch, early stopping via a callback."""
import torch
from torch import nn

from trainer import EarlyStoppingCallback, Trainer, TrainingArguments

torch.manual_seed(1)
VOCAB, TAGS, HIDDEN = 40, 5, 12


class GRUTagger(nn.Module):
    def __init__(self, vocab=VOCAB, tags=TAGS, hidden=HIDDEN):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.backbone = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.2)
        self.head = nn.Linear(2 * hidden, tags)

    def forward(self, tokens):
        states, _ = self.backbone(self.embed(tokens))
        return self.head(self.dropout(states))


def token_loss(model, batch):
    logits = model(batch["x"])
    return nn.functional.cross_entropy(logits.reshape(-1, TAGS), batch["y"].reshape(-1))


def batches(n):
    out = []
    for _ in range(n):
        tokens = torch.randint(0, VOCAB, (3, 6))
        out.append({"x": tokens, "y": tokens % TAGS})
    return out


if __name__ == "__main__":
    args = TrainingArguments(num_train_epochs=2, eval_strategy="epoch", learning_rate=5e-3)
    trainer = Trainer(
        GRUTagger(),
        args,
        train_dataset=batches(4),
        eval_dataset=batches(2),
        callbacks=[EarlyStoppingCallback(patience=3)],
        compute_loss=token_loss,
    )
    final = trainer.train()
    print("trained for", final["global_step"], "steps; last loss", args.log_history[-1])
    print("final eval", trainer.evaluate())
