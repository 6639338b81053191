class PrintLogger:
    def on_epoch_end(self, engine):
        print(f"epoch {engine.state['epoch']} loss {engine.state['last_loss']:.4f} val {engine.state['val']:.4f}")
