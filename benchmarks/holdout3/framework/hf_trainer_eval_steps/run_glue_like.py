# expect: crash
# category: framework
"""Fine-tune a small BiLSTM sentence classifier with the in-house Trainer (eval every 2 steps)."""
import torch
from torch import nn

from trainer import Trainer, TrainerCallback, TrainingArguments

torch.manual_seed(0)
VOCAB, EMB, HIDDEN, CLASSES = 50, 12, 16, 3


class BiLSTMClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embeddings = nn.Embedding(VOCAB, EMB)
        self.encoder = nn.LSTM(EMB, HIDDEN, num_layers=2, batch_first=True, bidirectional=True, dropout=0.1)
        self.classifier = nn.Sequential(nn.Dropout(0.1), nn.Linear(2 * HIDDEN, CLASSES))

    def forward(self, input_ids):
        hidden, _ = self.encoder(self.embeddings(input_ids))
        return self.classifier(hidden.mean(dim=1))


def make_split(n_batches):
    return [{"x": torch.randint(0, VOCAB, (4, 7)), "y": torch.randint(0, CLASSES, (4,))} for _ in range(n_batches)]


class LossHistory(TrainerCallback):
    def __init__(self):
        self.evals = []

    def on_evaluate(self, args, state, metrics):
        self.evals.append(metrics["eval_loss"])


def main():
    args = TrainingArguments(num_train_epochs=1, eval_strategy="steps", eval_steps=2)
    history = LossHistory()
    trainer = Trainer(
        model=BiLSTMClassifier(),
        args=args,
        train_dataset=make_split(5),
        eval_dataset=make_split(2),
        callbacks=[history],
    )
    state = trainer.train()
    print("done", state["global_step"], "evals:", len(history.evals))


if __name__ == "__main__":
    main()
