class LossPrinter:
    def on_epoch_end(self, engine, state):
        m = state["metrics"]
        print(f"epoch {state['epoch']} loss {m['loss']:.3f} acc {m['acc']:.2f} sal {m.get('saliency', 0):.4f}")
