from .registry import register


@register("loss_logger")
class LossLogger:
    def on_evaluation_end(self, engine):
        s = engine.state
        print(f"epoch {s['epoch']}: loss {s['train_loss']:.4f} acc {s['val_acc']:.2f}")
