# The image for the production-style stack (docker-compose.yaml): the official Airflow image
# plus our pinned requirements. The warrantwatch package itself is mounted (include/) and put on
# PYTHONPATH by the compose file, so `import warrantwatch` works the same as in the venv.
FROM apache/airflow:3.3.2-python3.11
COPY requirements.txt /opt/airflow/requirements.txt
RUN pip install --no-cache-dir -r /opt/airflow/requirements.txt
