import torch


class TrainingArguments:
    def __init__(self, num_train_epochs=2, learning_rate=5e-3, eval_steps=2, logging_steps=1):
        self.num_train_epochs = num_train_epochs
        self.learning_rate = learning_rate
        self.eval_steps = eval_steps
        self.logging_steps = logging_steps


class Trainer:
    def __init__(self, model, args, train_dataset, eval_dataset, compute_metrics=None):
        self.model, self.args = model, args
        self.train_dataset, self.eval_dataset = train_dataset, eval_dataset
        self.compute_metrics = compute_metrics
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=args.learning_rate)
        self.global_step = 0

    def compute_loss(self, model, inputs):
        return model(**inputs)["loss"]

    def training_step(self, model, inputs):
        model.train()
        loss = self.compute_loss(model, inputs)
        loss.backward()
        return loss.detach()

    def prediction_step(self, model, inputs):
        with torch.no_grad():
            out = model(**inputs)
        return out["loss"], out["logits"], inputs["labels"]

    def evaluate(self):
        self.model.eval()
        losses, logits, labels = zip(*(self.prediction_step(self.model, b) for b in self.eval_dataset))
        metrics = {"eval_loss": torch.stack(losses).mean().item()}
        if self.compute_metrics:
            metrics.update(self.compute_metrics(torch.cat(logits), torch.cat(labels)))
        return metrics

    def train(self):
        for epoch in range(self.args.num_train_epochs):
            for inputs in self.train_dataset:
                tr_loss = self.training_step(self.model, inputs)
                torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
                self.optimizer.step()
                self.optimizer.zero_grad()
                self.global_step += 1
                if self.global_step % self.args.eval_steps == 0:
                    print({"step": self.global_step, "loss": round(tr_loss.item(), 4), **self.evaluate()})
        return self.global_step
