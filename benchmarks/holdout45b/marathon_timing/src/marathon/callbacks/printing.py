class PrintMetrics:
    def on_valid_end(self, engine, batches):
        m = engine.state["metrics"]
        print(f"epoch {engine.state['epoch']} train {m['train']:.3f} valid_mae {m['valid_mae']:.3f}")
