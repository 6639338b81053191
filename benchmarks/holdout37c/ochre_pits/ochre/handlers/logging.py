def log_loss(engine):
    print(f"  iter {engine.state.iteration}: loss {engine.state.output:.4f}")
