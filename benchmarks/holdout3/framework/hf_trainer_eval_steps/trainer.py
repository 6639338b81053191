"""A small Hugging Face-style Trainer: TrainingArguments, callbacks and an eval strategy."""
from dataclasses import dataclass, field

import torch


@dataclass
class TrainingArguments:
    num_train_epochs: int = 2
    learning_rate: float = 1e-2
    eval_strategy: str = "steps"
    eval_steps: int = 2
    logging_steps: int = 1
    log_history: list = field(default_factory=list)


class TrainerCallback:
    def on_train_begin(self, args, state): pass
    def on_step_end(self, args, state): pass
    def on_evaluate(self, args, state, metrics): pass


class PrinterCallback(TrainerCallback):
    def on_evaluate(self, args, state, metrics):
        print(f"step {state['global_step']}: eval_loss={metrics['eval_loss']:.4f}")


class Trainer:
    def __init__(self, model, args, train_dataset, eval_dataset=None, callbacks=None, compute_loss=None):
        self.model = model
        self.args = args
        self.train_dataset = train_dataset
        self.eval_dataset = eval_dataset
        self.callbacks = [PrinterCallback()] + list(callbacks or [])
        self.compute_loss = compute_loss or (lambda m, b: torch.nn.functional.cross_entropy(m(b["x"]), b["y"]))
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=args.learning_rate)
        self.state = {"global_step": 0, "epoch": 0}

    def _call(self, event, *extra):
        for cb in self.callbacks:
            getattr(cb, event)(self.args, self.state, *extra)

    def training_step(self, model, inputs):
        loss = self.compute_loss(model, inputs)
        loss.backward()  # TM001-here
        return loss.detach()

    def train(self):
        self.model.train()
        self._call("on_train_begin")
        for epoch in range(self.args.num_train_epochs):
            self.state["epoch"] = epoch
            for batch in self.train_dataset:
                tr_loss = self.training_step(self.model, batch)
                self.optimizer.step()
                self.optimizer.zero_grad()
                self.state["global_step"] += 1
                self.args.log_history.append(float(tr_loss))
                self._call("on_step_end")
                if self.args.eval_strategy == "steps" and self.state["global_step"] % self.args.eval_steps == 0:
                    self.evaluate()
            if self.args.eval_strategy == "epoch":
                self.evaluate()
        return self.state

    def prediction_loop(self, dataset):
        self.model.eval()
        losses = []
        with torch.no_grad():
            for batch in dataset:
                losses.append(float(self.compute_loss(self.model, batch)))
        return sum(losses) / max(len(losses), 1)

    def evaluate(self):
        metrics = {"eval_loss": self.prediction_loop(self.eval_dataset or [])}
        self._call("on_evaluate", metrics)
        return metrics
