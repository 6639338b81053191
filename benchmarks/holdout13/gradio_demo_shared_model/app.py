# expect: clean
"""Gradio-like demo app: a `Blocks` object wires button events to handler callables kept in a dict. The model lives
as a class attribute of `ModelStore`; `predict` (demo/handlers.py) puts it in eval, and the `fine_tune` handler
calls `ModelStore.model.train()` before its forward and restores eval afterwards."""
from demo.blocks import Blocks
from demo.handlers import HANDLERS

if __name__ == "__main__":
    demo = Blocks()
    for event, fn in HANDLERS.items():
        demo.on(event, fn)
    demo.launch(script=[("predict", "the movie was great"), ("fine_tune", "the movie was great", 1),
                        ("predict", "awful"), ("fine_tune", "awful", 0), ("predict", "fine")])
    print("done")
