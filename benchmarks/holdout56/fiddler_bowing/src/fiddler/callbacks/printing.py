class LossPrinter:
    def __init__(self):
        self.last = None

    def on_batch_end(self, engine, loss):
        self.last = loss

    def on_epoch_end(self, engine):
        print(f"epoch {engine.state['epoch']} loss {self.last:.4f} val_acc {engine.state['val_acc']:.3f}")
