"""A hand-rolled Hugging Face-style Trainer: TrainingArguments, gradient accumulation, evaluation every
`eval_steps` optimizer steps and a compute_metrics callback."""
from dataclasses import dataclass

import torch


@dataclass
class TrainingArguments:
    num_train_epochs: int = 1
    learning_rate: float = 1e-3
    gradient_accumulation_steps: int = 2
    eval_steps: int = 2
    max_grad_norm: float = 1.0
    logging_steps: int = 1


class Trainer:
    def __init__(self, model, args, train_dataset, eval_dataset=None, compute_metrics=None):
        self.model, self.args = model, args
        self.train_dataset, self.eval_dataset = train_dataset, eval_dataset
        self.compute_metrics = compute_metrics
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=args.learning_rate)
        self.global_step = 0
        self.log_history = []

    def compute_loss(self, model, inputs):
        return model(**inputs)["loss"]

    def training_step(self, model, inputs):
        loss = self.compute_loss(model, inputs) / self.args.gradient_accumulation_steps
        loss.backward()  # TM001-here
        return loss.detach()

    def evaluate(self):
        self.model.eval()
        preds, labels = [], []
        with torch.no_grad():
            for inputs in self.eval_dataset:
                preds.append(self.model(**inputs)["logits"])
                labels.append(inputs["labels"])
        metrics = self.compute_metrics(torch.cat(preds), torch.cat(labels))
        self.log_history.append({"step": self.global_step, **metrics})
        return metrics

    def train(self):
        self.model.train()
        for epoch in range(self.args.num_train_epochs):
            for step, inputs in enumerate(self.train_dataset):
                tr_loss = self.training_step(self.model, inputs)
                if (step + 1) % self.args.gradient_accumulation_steps == 0:
                    torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.args.max_grad_norm)
                    self.optimizer.step()
                    self.optimizer.zero_grad()
                    self.global_step += 1
                    if self.global_step % self.args.logging_steps == 0:
                        print(f"step {self.global_step}: loss {tr_loss.item():.4f}")
                    if self.eval_dataset is not None and self.global_step % self.args.eval_steps == 0:
                        print("eval", self.evaluate())
        return self.log_history
