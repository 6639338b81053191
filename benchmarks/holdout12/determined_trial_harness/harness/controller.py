import torch

from .trial import PyTorchTrialContext


class _TrialController:
    def __init__(self, trial_cls, config):
        self.config = config
        self.context = PyTorchTrialContext(config["hyperparameters"])
        self.trial = trial_cls(self.context)
        self.training_loader = self.trial.build_training_data_loader()
        self.validation_loader = self.trial.build_validation_data_loader()

    def _set_mode(self, train):
        for m in self.context.models:
            m.train(train)

    def _train_for_step(self, batch_idx):
        self._set_mode(True)
        batch = self.training_loader[batch_idx % len(self.training_loader)]
        return self.trial.train_batch(batch, epoch_idx=0, batch_idx=batch_idx)

    def _compute_validation_metrics(self):
        self._set_mode(False)
        with torch.no_grad():
            vals = [self.trial.evaluate_batch(b)["validation_loss"].item() for b in self.validation_loader]
        return {"validation_loss": sum(vals) / len(vals)}

    def run(self):
        period = self.config["min_validation_period"]["batches"]
        metrics = {}
        for batch_idx in range(self.config["searcher"]["max_length"]["batches"]):
            metrics["loss"] = self._train_for_step(batch_idx)["loss"].item()
            if (batch_idx + 1) % period == 0:
                metrics.update(self._compute_validation_metrics())
        return metrics


def run_trial(trial_cls, config):
    return _TrialController(trial_cls, config).run()
