from .loop import Engine


class HookedEngine(Engine):
    """Adds a warm-up learning-rate ramp driven from the epoch hook."""

    def on_epoch_start(self, epoch):
        warm = self.cfg.get("warmup_epochs", 1)
        scale = min(1.0, (epoch + 1) / warm)
        for group in self.opt.param_groups:
            group["lr"] = self.cfg["lr"] * scale

    def on_validation_end(self, metrics):
        super().on_validation_end(metrics)
        print(f"[epoch {self.state['epoch']}] val_loss={metrics['val_loss']:.4f}")
