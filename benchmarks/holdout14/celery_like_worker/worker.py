# expect: clean
"""Celery-like job worker: tasks registered with `@app.task(name=...)`, a queue of (task_name, kwargs) messages
consumed in order. Model instances live in a weakref-backed cache keyed by model name; the `predict` task runs on a
deep copy in inference_mode, the `fit` task trains the cached model (which is never put in eval)."""
from jobs.app import app, JobQueue
import jobs.tasks  # noqa: F401  (registers tasks)

queue = JobQueue()
queue.put("fit", model_name="gru_anomaly", steps=2)
queue.put("predict", model_name="gru_anomaly")
queue.put("fit", model_name="gru_anomaly", steps=2)
queue.put("score", model_name="gru_anomaly")
for result in app.worker_main(queue):
    print(result)
