import torch


class LoopRunner:
    """Runs a system's steps; validation may interrupt training every N batches."""

    def __init__(self, epochs=2, val_check_interval=2):
        self.epochs = epochs
        self.val_check_interval = val_check_interval

    def validate(self, system, val_batches):
        was_training = system.training
        system.eval()
        with torch.inference_mode():
            scores = [system.validation_step(b) for b in val_batches]
        system.train(was_training)
        return sum(scores) / len(scores)

    def fit(self, system, train_batches, val_batches):
        system.setup_optim()
        system.train()
        print(f"sanity val: {self.validate(system, val_batches[:1]):.4f}")
        for epoch in range(self.epochs):
            for i, batch in enumerate(train_batches, 1):
                loss = system.training_step(batch)
                if i % self.val_check_interval == 0:
                    val = self.validate(system, val_batches)
                    print(f"epoch {epoch} batch {i}: loss {loss:.4f} val {val:.4f}")
