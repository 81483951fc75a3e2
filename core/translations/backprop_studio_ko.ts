<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
    <context>
        <name>Activations</name>
        <message>
            <source>unknown activation {name!r}; choose one of {names}</source>
            <translation>알 수 없는 활성화 함수 {name!r}. 다음 중에서 고르세요: {names}</translation>
        </message>
        <message>
            <source>activation {name!r} has no elementwise derivative</source>
            <translation>활성화 함수 {name!r}에는 원소별 도함수가 없습니다</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>사용법: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>옵션</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>위치 인수</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>이 도움말을 보여 주고 끝냄</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: 오류: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>다음 인수가 필요합니다: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>알 수 없는 인수: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>잘못된 선택: %(value)r (다음 중에서 고르세요: %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>잘못된 %(type)s 값: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>인수가 하나 필요합니다</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>인수 %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>인수 %s와(과) 함께 쓸 수 없습니다</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>인수 %s 중 하나가 필요합니다</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>모호한 옵션: %(option)s은(는) %(matches)s 중 어느 것일 수도 있습니다</translation>
        </message>
    </context>
    <context>
        <name>Assemble</name>
        <message>
            <source>the targets hold a single class ({only}); at least 2 are needed</source>
            <translation>실제값에 클래스가 하나뿐입니다 ({only}). 적어도 2개가 필요합니다</translation>
        </message>
        <message>
            <source>a softmax output is for classification, not regression targets</source>
            <translation>softmax 출력은 분류용이며 회귀 실제값에는 쓸 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>AtomicWrite</name>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>이름 있는 파이프(FIFO)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>장치</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>소켓</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>폴더</translation>
        </message>
        <message>
            <source>{path}: the file is read-only; it was not replaced</source>
            <translation>{path}: 읽기 전용 파일이라 바꿔 쓰지 않았습니다</translation>
        </message>
        <message>
            <source>{target}: cannot write there ({strerror})</source>
            <translation>{target}: 그곳에 쓸 수 없습니다 ({strerror})</translation>
        </message>
        <message>
            <source>{target}: could not save ({value})</source>
            <translation>{target}: 저장하지 못했습니다 ({value})</translation>
        </message>
        <message>
            <source>{given}: cannot write there ({value})</source>
            <translation>{given}: 그곳에 쓸 수 없습니다 ({value})</translation>
        </message>
        <message>
            <source>{given}: folder {directory} does not exist</source>
            <translation>{given}: 폴더 {directory}이(가) 없습니다</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>일반 파일이 아님</translation>
        </message>
        <message>
            <source>{given}: is a folder, not a file</source>
            <translation>{given}: 파일이 아니라 폴더입니다</translation>
        </message>
        <message>
            <source>{given}: is {kind}, not a regular file; choose another name</source>
            <translation>{given}: 일반 파일이 아니라 {kind}입니다. 다른 이름을 고르세요</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJobs</name>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Stop reading; nothing changes</source>
            <translation>읽기를 멈춥니다. 아무것도 바뀌지 않습니다</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
        <message>
            <source>{done} of {total} MB</source>
            <translation>{total} MB 중 {done} MB</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>BoundaryView</name>
        <message>
            <source>discretise (threshold 0.5)</source>
            <translation>이산화 (기준값 0.5)</translation>
        </message>
        <message>
            <source>show test points</source>
            <translation>테스트 점 보이기</translation>
        </message>
        <message>
            <source>class {name}</source>
            <translation>클래스 {name}</translation>
        </message>
        <message>
            <source>Background: the network's output o for every point of the plane, in the data's units (red = positive, blue = negative). Dots: the targets t, same colours. Where a dot matches its background, the network fits it.</source>
            <translation>배경: 평면의 모든 점에서 신경망 출력 o (데이터 단위, 빨강 = 양수, 파랑 = 음수). 점: 실제값 t, 같은 색. 점이 배경과 같은 색이면 신경망이 그 점을 맞힌 것입니다.</translation>
        </message>
        <message>
            <source>Background: o, the network's probability of {name}, for every point of the plane. The black line is the decision boundary o = 0.5. Filled dots: training samples; hollow triangles: test samples.</source>
            <translation>배경: 평면의 모든 점에서 o, 즉 신경망이 본 {name}일 확률. 검은 선은 결정 경계 o = 0.5. 채운 점: 학습 샘플, 빈 삼각형: 테스트 샘플.</translation>
        </message>
        <message>
            <source>Background: the class the network picks (paler where it is unsure), for every point of the plane. The black line is the decision boundary o = 0.5. Filled dots: training samples; hollow triangles: test samples.</source>
            <translation>배경: 평면의 모든 점에서 신경망이 고른 클래스 (확신이 없는 곳은 옅게). 검은 선은 결정 경계 o = 0.5. 채운 점: 학습 샘플, 빈 삼각형: 테스트 샘플.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>replace read-only output files (without it they are refused)</source>
            <translation>읽기 전용 출력 파일도 바꿔 씀 (없으면 거부됨)</translation>
        </message>
        <message>
            <source>Watch a neural network learn by backpropagation. Without a subcommand the window opens; with one, it runs headless.</source>
            <translation>신경망이 역전파로 학습하는 모습을 지켜보세요. 하위 명령 없이 실행하면 창이 열리고, 하위 명령을 주면 창 없이 실행됩니다.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>버전을 보여 주고 끝냄</translation>
        </message>
        <message>
            <source>train a network and report (and save) the result</source>
            <translation>신경망을 학습하고 결과를 보고(하고 저장)</translation>
        </message>
        <message>
            <source>Train a network by backpropagation without the window.</source>
            <translation>창 없이 역전파로 신경망을 학습합니다.</translation>
        </message>
        <message>
            <source>data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <source>a CSV file: numeric inputs, a target column</source>
            <translation>CSV 파일: 숫자 입력과 실제값(목표값) 열</translation>
        </message>
        <message>
            <source>input normalisation (default: standardise for CSV, the set's own)</source>
            <translation>입력 정규화 (기본값: CSV는 standardise, 그 밖에는 데이터 세트의 설정)</translation>
        </message>
        <message>
            <source>keep regression targets as they are</source>
            <translation>회귀 실제값을 그대로 둠</translation>
        </message>
        <message>
            <source>share of rows to train on</source>
            <translation>학습에 쓸 행의 비율</translation>
        </message>
        <message>
            <source>samples in a synthetic data set</source>
            <translation>합성 데이터 세트의 샘플 수</translation>
        </message>
        <message>
            <source>noise of a synthetic data set</source>
            <translation>합성 데이터 세트의 잡음</translation>
        </message>
        <message>
            <source>network</source>
            <translation>신경망</translation>
        </message>
        <message>
            <source>error measure (default sse, the seed's 1/2 SSE)</source>
            <translation>오차 척도 (기본값 sse, 원문의 1/2 SSE)</translation>
        </message>
        <message>
            <source>weight initialisation</source>
            <translation>가중치 초기화</translation>
        </message>
        <message>
            <source>uniform init draws from (-R, R) (default 1)</source>
            <translation>uniform 초기화는 (-R, R)에서 뽑음 (기본값 1)</translation>
        </message>
        <message>
            <source>start from these weights (.json or .npz)</source>
            <translation>이 가중치에서 시작 (.json 또는 .npz)</translation>
        </message>
        <message>
            <source>continue a saved session</source>
            <translation>저장한 세션 이어가기</translation>
        </message>
        <message>
            <source>training</source>
            <translation>학습</translation>
        </message>
        <message>
            <source>seed for init, data and order (1)</source>
            <translation>초기화, 데이터, 순서의 시드 (1)</translation>
        </message>
        <message>
            <source>save weights; format by extension .json .npz .csv .onnx, or .py for a PyTorch script with the weights and data beside it (repeatable)</source>
            <translation>가중치 저장. 형식은 확장자로 정함 .json .npz .csv .onnx, 또는 .py면 옆에 가중치와 데이터를 둔 PyTorch 스크립트 (여러 번 지정 가능)</translation>
        </message>
        <message>
            <source>Read weights (.json, .npz) or a session (.json) and write them as .json, .npz, .csv or .onnx, or as a PyTorch script (.py).</source>
            <translation>가중치(.json, .npz)나 세션(.json)을 읽어 .json, .npz, .csv, .onnx 또는 PyTorch 스크립트(.py)로 씁니다.</translation>
        </message>
        <message>
            <source>hidden layer sizes, e.g. --hidden 4 --hidden 4 or --hidden 4,4 (default: the data set's preset; 2 for a CSV)</source>
            <translation>은닉층 크기, 예: --hidden 4 --hidden 4 또는 --hidden 4,4 (기본값: 데이터 세트의 기본 설정, CSV는 2)</translation>
        </message>
        <message>
            <source>CSV target column, name or 0-based index (default: a column headed label, target or class, else the last column)</source>
            <translation>CSV의 실제값 열, 이름 또는 0부터 세는 번호 (기본값: 머리글이 label, target 또는 class인 열, 없으면 마지막 열)</translation>
        </message>
        <message>
            <source>hidden units (default: the preset's)</source>
            <translation>은닉 유닛의 활성화 함수 (기본값: 기본 설정의 것)</translation>
        </message>
        <message>
            <source>outputs (default: the preset's)</source>
            <translation>출력의 활성화 함수 (기본값: 기본 설정의 것)</translation>
        </message>
        <message>
            <source>learning rate (default: the preset's; 0.5 for xor and a CSV)</source>
            <translation>학습률 (기본값: 기본 설정의 것, xor과 CSV는 0.5)</translation>
        </message>
        <message>
            <source>samples per update: 1 = the seed's online updates (default)</source>
            <translation>업데이트마다 쓰는 샘플 수: 1 = 원문의 온라인 업데이트 (기본값)</translation>
        </message>
        <message>
            <source>momentum μ in [0, 1): v ← μ v + α (G/B − λ W), W ← W + v (default 0)</source>
            <translation>모멘텀 μ, [0, 1) 범위: v ← μ v + α (G/B − λ W), W ← W + v (기본값 0)</translation>
        </message>
        <message>
            <source>L2 weight decay λ, not on biases (default 0)</source>
            <translation>L2 가중치 감쇠 λ, 편향에는 적용하지 않음 (기본값 0)</translation>
        </message>
        <message>
            <source>a fresh random order each epoch (the preset's choice unless --shuffle or --in-order is given)</source>
            <translation>에포크마다 새 무작위 순서 (--shuffle이나 --in-order를 주지 않으면 기본 설정을 따름)</translation>
        </message>
        <message>
            <source>samples in file order (xor's and a CSV's default)</source>
            <translation>파일 순서대로 샘플 학습 (xor과 CSV의 기본값)</translation>
        </message>
        <message>
            <source>train N epochs (default 1000)</source>
            <translation>N 에포크 학습 (기본값 1000)</translation>
        </message>
        <message>
            <source>train N samples</source>
            <translation>샘플 N개 학습</translation>
        </message>
        <message>
            <source>stop when an epoch's mean E falls below E</source>
            <translation>에포크의 평균 E가 E보다 작아지면 멈춤</translation>
        </message>
        <message>
            <source>output</source>
            <translation>출력</translation>
        </message>
        <message>
            <source>save a session to continue later</source>
            <translation>나중에 이어가도록 세션 저장</translation>
        </message>
        <message>
            <source>a CSV's data in the session (default; big data as .npy in a zip), or only its path and SHA-256 (keep the CSV beside the session)</source>
            <translation>CSV의 데이터를 세션에 넣음 (기본값, 큰 데이터는 zip 안의 .npy로), 또는 경로와 SHA-256만 넣음 (CSV를 세션 옆에 두세요)</translation>
        </message>
        <message>
            <source>no progress lines</source>
            <translation>진행 상황 줄을 출력하지 않음</translation>
        </message>
        <message>
            <source>convert a weights or session file to other formats</source>
            <translation>가중치 파일이나 세션 파일을 다른 형식으로 변환</translation>
        </message>
        <message>
            <source>weights file (.json, .npz) or session file (.json)</source>
            <translation>가중치 파일 (.json, .npz) 또는 세션 파일 (.json)</translation>
        </message>
        <message>
            <source>files to write</source>
            <translation>쓸 파일</translation>
        </message>
        <message>
            <source>list the named data sets</source>
            <translation>이름 있는 데이터 세트 목록</translation>
        </message>
        <message>
            <source>List the data sets --dataset accepts.</source>
            <translation>--dataset에 쓸 수 있는 데이터 세트를 나열합니다.</translation>
        </message>
        <message>
            <source>error: {message}</source>
            <translation>오류: {message}</translation>
        </message>
        <message>
            <source>the input is nested too deeply to process</source>
            <translation>입력이 너무 깊이 중첩되어 처리할 수 없습니다</translation>
        </message>
        <message>
            <source>unexpected {kind}: {message} (please report this)</source>
            <translation>예상하지 못한 {kind}: {message} (이 문제를 알려 주세요)</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>중단됨</translation>
        </message>
        <message>
            <source>saved {path}</source>
            <translation>{path} 저장함</translation>
        </message>
        <message>
            <source>error: {failed} of {count} outputs could not be written</source>
            <translation>오류: 출력 {count}개 중 {failed}개를 쓰지 못했습니다</translation>
        </message>
        <message>
            <source>the number of epochs or samples must not be negative</source>
            <translation>에포크 수나 샘플 수는 음수일 수 없습니다</translation>
        </message>
        <message>
            <source>--resume takes data, network and weights from the session; do not combine it with --dataset, --csv, --hidden or --weights</source>
            <translation>--resume은 데이터, 신경망, 가중치를 세션에서 가져옵니다. --dataset, --csv, --hidden, --weights와 함께 쓰지 마세요</translation>
        </message>
        <message>
            <source>--seed must be a non-negative integer</source>
            <translation>--seed는 0 이상의 정수여야 합니다</translation>
        </message>
        <message>
            <source>--hidden takes positive integers like 4 or 4,4, not {value!r}</source>
            <translation>--hidden에는 4나 4,4 같은 양의 정수를 주세요 ({value!r}은(는) 안 됩니다)</translation>
        </message>
        <message>
            <source>--points and --noise are for synthetic data sets, not --csv</source>
            <translation>--points와 --noise는 합성 데이터 세트용이며 --csv에는 쓸 수 없습니다</translation>
        </message>
        <message>
            <source>--target is for --csv files</source>
            <translation>--target은 --csv 파일에만 씁니다</translation>
        </message>
        <message>
            <source>test E {E}</source>
            <translation>테스트 E {E}</translation>
        </message>
        <message>
            <source>network {shape} {activations} loss {loss}</source>
            <translation>신경망 {shape} {activations} 손실 {loss}</translation>
        </message>
        <message>
            <source>data {name}: {train} training, {test} test samples</source>
            <translation>데이터 {name}: 학습 샘플 {train}개, 테스트 샘플 {test}개</translation>
        </message>
        <message>
            <source>epochs {epoch}  samples {samples}</source>
            <translation>에포크 {epoch}  샘플 {samples}</translation>
        </message>
        <message>
            <source>epoch {epoch}  samples {samples}  epoch-mean E {E}</source>
            <translation>에포크 {epoch}  샘플 {samples}  에포크 평균 E {E}</translation>
        </message>
        <message>
            <source>note: batch size {batch} is larger than the {n} training samples: every update uses the whole epoch (full-batch gradient descent, B = {n})</source>
            <translation>참고: 배치 크기 {batch}가 학습 샘플 {n}개보다 큽니다: 모든 업데이트가 에포크 전체를 씁니다 (전체 배치 경사 하강법, B = {n})</translation>
        </message>
        <message>
            <source>E train {E} (final weights)</source>
            <translation>학습 E {E} (최종 가중치)</translation>
        </message>
        <message>
            <source>E test {E}</source>
            <translation>테스트 E {E}</translation>
        </message>
        <message>
            <source>train {percent}</source>
            <translation>학습 {percent}</translation>
        </message>
        <message>
            <source>test {percent}</source>
            <translation>테스트 {percent}</translation>
        </message>
        <message>
            <source>accuracy {parts}</source>
            <translation>정확도 {parts}</translation>
        </message>
        <message>
            <source>train {value}</source>
            <translation>학습 {value}</translation>
        </message>
        <message>
            <source>test {value}</source>
            <translation>테스트 {value}</translation>
        </message>
        <message>
            <source>R² {parts}</source>
            <translation>R² {parts}</translation>
        </message>
        <message>
            <source>up to {count} rows of one class in a row</source>
            <translation>같은 클래스의 행이 최대 {count}개 연속</translation>
        </message>
        <message>
            <source>neighbouring rows have alike targets</source>
            <translation>이웃한 행의 실제값이 비슷함</translation>
        </message>
        <message>
            <source>note: {path} is sorted by its target ({how}); online learning in that order forgets one end for the other: --shuffle visits the rows in a new order each epoch</source>
            <translation>참고: {path}은(는) 실제값 순서로 정렬되어 있습니다({how}). 그 순서로 온라인 학습을 하면 한쪽 끝을 배우다 다른 쪽을 잊어버립니다: --shuffle은 에포크마다 새 순서로 행을 학습합니다</translation>
        </message>
        <message>
            <source>note: the weights were saved with {saved} input normalisation; the data now uses {now} (as fitted now)</source>
            <translation>참고: 가중치는 {saved} 입력 정규화로 저장되었지만, 지금 데이터는 {now}를 씁니다 (지금 다시 맞춘 값)</translation>
        </message>
    </context>
    <context>
        <name>ConfusionTable</name>
        <message>
            <source>predicted class</source>
            <translation>예측한 클래스</translation>
        </message>
        <message>
            <source>true class</source>
            <translation>실제 클래스</translation>
        </message>
    </context>
    <context>
        <name>CsvCareful</name>
        <message>
            <source>{widest} columns, more than the limit of {max_cols}</source>
            <translation>열이 {widest}개로, 한도 {max_cols}개를 넘습니다</translation>
        </message>
        <message>
            <source>not readable as CSV ({error})</source>
            <translation>CSV로 읽을 수 없습니다 ({error})</translation>
        </message>
        <message>
            <source>a quote is opened and not closed on this line</source>
            <translation>이 줄에서 따옴표가 열리고 닫히지 않았습니다</translation>
        </message>
        <message>
            <source>{count} fields, but the first row has {width} (ragged row)</source>
            <translation>필드가 {count}개인데 첫 행은 {width}개입니다 (행 길이가 다름)</translation>
        </message>
        <message>
            <source>missing value</source>
            <translation>값이 비어 있습니다</translation>
        </message>
        <message>
            <source>{describe}</source>
            <translation>{describe}</translation>
        </message>
    </context>
    <context>
        <name>CsvFast</name>
        <message>
            <source>not UTF-8 text (byte {number})</source>
            <translation>UTF-8 텍스트가 아닙니다 ({number}번째 바이트)</translation>
        </message>
        <message>
            <source>holds NUL bytes; is it a binary file?</source>
            <translation>NUL 바이트가 들어 있습니다. 바이너리 파일인가요?</translation>
        </message>
        <message>
            <source>changed while it was read</source>
            <translation>읽는 동안 파일이 바뀌었습니다</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>no input columns are left besides the target</source>
            <translation>실제값 열 말고는 입력 열이 남지 않습니다</translation>
        </message>
        <message>
            <source>classification needs one label column, not {count}</source>
            <translation>분류에는 레이블 열이 하나 필요합니다 ({count}개가 아니라)</translation>
        </message>
        <message>
            <source>the target column {names!r} holds a single class ({class_names}); at least 2 are needed</source>
            <translation>실제값 열 {names!r}에 클래스가 하나뿐입니다 ({class_names}). 적어도 2개가 필요합니다</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>파일이 비어 있습니다</translation>
        </message>
        <message>
            <source>more than the limit of {max_rows} data rows</source>
            <translation>데이터 행이 한도 {max_rows}개를 넘습니다</translation>
        </message>
        <message>
            <source>{width} columns, more than the limit of {max_cols}</source>
            <translation>열이 {width}개로, 한도 {max_cols}개를 넘습니다</translation>
        </message>
        <message>
            <source>only one column: need at least one input and a target</source>
            <translation>열이 하나뿐입니다: 입력 하나 이상과 실제값 열이 필요합니다</translation>
        </message>
        <message>
            <source>no data rows below the header</source>
            <translation>머리글 아래에 데이터 행이 없습니다</translation>
        </message>
        <message>
            <source>close other programs, or load a file with fewer rows (split it) or fewer columns</source>
            <translation>다른 프로그램을 닫거나, 행이 더 적거나(파일을 나눠서) 열이 더 적은 파일을 불러오세요</translation>
        </message>
        <message>
            <source>reading this {size} file</source>
            <translation>이 {size} 파일 읽기</translation>
        </message>
        <message>
            <source>reading {rows:,} rows of {columns} columns</source>
            <translation>열 {columns}개짜리 행 {rows:,}개 읽기</translation>
        </message>
        <message>
            <source>cannot be read ({value})</source>
            <translation>읽을 수 없습니다 ({value})</translation>
        </message>
        <message>
            <source>the target column {names!r} holds {n_distinct:,} different labels, more than the limit of {max_classes:,} classes</source>
            <translation>실제값 열 {names!r}에 서로 다른 레이블이 {n_distinct:,}개 있어 클래스 한도 {max_classes:,}개를 넘습니다</translation>
        </message>
        <message>
            <source>one-hot targets for {count:,} classes</source>
            <translation>클래스 {count:,}개의 원-핫 실제값</translation>
        </message>
        <message>
            <source>no target column given</source>
            <translation>실제값 열이 주어지지 않았습니다</translation>
        </message>
        <message>
            <source>target {t!r} given by name, but the file has no header row</source>
            <translation>실제값 열 {t!r}을(를) 이름으로 지정했지만 파일에 머리글 행이 없습니다</translation>
        </message>
        <message>
            <source>no column named {t!r}; columns are {names}</source>
            <translation>{t!r}라는 열이 없습니다. 열 목록: {names}</translation>
        </message>
        <message>
            <source>target column {j} does not exist (the file has {n_cols} columns, numbered from 0)</source>
            <translation>실제값 열 {j}이(가) 없습니다 (파일의 열은 {n_cols}개이며 0부터 셉니다)</translation>
        </message>
        <message>
            <source>a target column is given twice</source>
            <translation>실제값 열이 두 번 지정되었습니다</translation>
        </message>
        <message>
            <source>{describe}</source>
            <translation>{describe}</translation>
        </message>
    </context>
    <context>
        <name>CurveView</name>
        <message>
            <source>probability of {name}</source>
            <translation>{name}일 확률</translation>
        </message>
        <message>
            <source>probability</source>
            <translation>확률</translation>
        </message>
        <message>
            <source>hidden unit output</source>
            <translation>은닉 유닛 출력</translation>
        </message>
        <message>
            <source>The curve: the network's probability of each class at every x. Above the dashed line (0.5) it answers that class; a solid upright line marks where the answer changes. Filled dots: training samples at their target; hollow triangles: test samples.</source>
            <translation>곡선: 모든 x에서 신경망이 본 각 클래스의 확률. 점선(0.5)보다 위이면 그 클래스라고 답합니다. 세로 실선은 답이 바뀌는 곳입니다. 채운 점: 실제값 위치의 학습 샘플, 빈 삼각형: 테스트 샘플.</translation>
        </message>
        <message>
            <source>Black: what the network answers at every x. Filled blue dots: training samples; hollow orange triangles: test samples.</source>
            <translation>검정: 모든 x에서 신경망이 내는 답. 채운 파란 점: 학습 샘플, 빈 주황 삼각형: 테스트 샘플.</translation>
        </message>
        <message>
            <source>Below: each unit of the last hidden layer over x. The output adds these curves up, each times its weight, so the fit is made of their bends.</source>
            <translation>아래: 마지막 은닉층의 각 유닛을 x에 대해 그린 것. 출력은 이 곡선들에 각자의 가중치를 곱해 더하므로, 맞춤 곡선은 이 굽이들로 이루어집니다.</translation>
        </message>
    </context>
    <context>
        <name>DataBox</name>
        <message>
            <source>Picking a data set sets up a network and a learning rate that learn it; change any of them in the Network and Training boxes.</source>
            <translation>데이터 세트를 고르면 그것을 배울 수 있는 신경망과 학습률이 설정됩니다. 신경망 상자와 학습 상자에서 무엇이든 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <source>The examples the network learns from</source>
            <translation>신경망이 배우는 예제</translation>
        </message>
        <message>
            <source>How many points to generate</source>
            <translation>만들 점의 개수</translation>
        </message>
        <message>
            <source>How much the points are blurred across the class boundary</source>
            <translation>점들이 클래스 경계 너머로 얼마나 퍼지는지</translation>
        </message>
        <message>
            <source>Share of the points used for training; the rest form the test set, which the network never learns from</source>
            <translation>학습에 쓰는 점의 비율. 나머지는 신경망이 배우지 않는 테스트 세트가 됩니다</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>다시 만들기</translation>
        </message>
        <message>
            <source>Draw a new random sample of this data set (new data seed); training restarts</source>
            <translation>이 데이터 세트를 새로 무작위 추출(새 데이터 시드). 학습이 다시 시작됩니다</translation>
        </message>
        <message>
            <source>Load CSV…</source>
            <translation>CSV 불러오기…</translation>
        </message>
        <message>
            <source>Train on your own data: a CSV file with one row per sample, numeric inputs and the target in the last column, or in a column headed label, target or class</source>
            <translation>내 데이터로 학습: 한 줄에 샘플 하나, 숫자 입력, 마지막 열 또는 머리글이 label, target, class인 열에 실제값(목표값)이 있는 CSV 파일</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>데이터 세트</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>샘플 수</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>잡음</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>학습 비율</translation>
        </message>
        <message>
            <source>CSV: {name}</source>
            <translation>CSV: {name}</translation>
        </message>
        <message>
            <source>classes: {names}</source>
            <translation>클래스: {names}</translation>
        </message>
        <message>
            <source>regression</source>
            <translation>회귀</translation>
        </message>
        <message>
            <source>{train} training / {test} test samples, {inputs} → {outputs} ({kind})</source>
            <translation>학습 샘플 {train}개 / 테스트 샘플 {test}개, {inputs} → {outputs} ({kind})</translation>
        </message>
        <message numerus="yes">
            <source>%n input(s)</source>
            <translation>
                <numerusform>입력 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n output(s)</source>
            <translation>
                <numerusform>출력 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Which data set to learn</source>
            <translation>학습할 데이터 세트</translation>
        </message>
        <message>
            <source>Data set changed to {name}</source>
            <translation>데이터 세트를 {name}(으)로 바꿨습니다</translation>
        </message>
        <message>
            <source>shuffled each epoch</source>
            <translation>에포크마다 섞음</translation>
        </message>
        <message>
            <source>in file order</source>
            <translation>파일 순서대로</translation>
        </message>
        <message>
            <source>Preset for {name}: hidden layers {hidden} ({activation}), α {alpha}, {order}. Change any of it below.</source>
            <translation>{name}의 기본 설정: 은닉층 {hidden} ({activation}), α {alpha}, {order}. 아래에서 무엇이든 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <source>Data changed</source>
            <translation>데이터를 바꿨습니다</translation>
        </message>
        <message>
            <source>New random data drawn</source>
            <translation>새 무작위 데이터를 뽑았습니다</translation>
        </message>
    </context>
    <context>
        <name>Dataset</name>
        <message>
            <source>normalisation shift has {size} values but scale has {size2}</source>
            <translation>정규화 이동값은 {size}개인데 배율은 {size2}개입니다</translation>
        </message>
        <message>
            <source>normalisation scale must not be 0</source>
            <translation>정규화 배율은 0일 수 없습니다</translation>
        </message>
        <message>
            <source>input normalisation is malformed ({error})</source>
            <translation>입력 정규화 형식이 잘못되었습니다 ({error})</translation>
        </message>
        <message>
            <source>target shift has {size} values but scale has {size2}</source>
            <translation>실제값 이동값은 {size}개인데 배율은 {size2}개입니다</translation>
        </message>
        <message>
            <source>target scale must not be 0</source>
            <translation>실제값 배율은 0일 수 없습니다</translation>
        </message>
        <message>
            <source>regression targets cannot be scaled for a {output_activation} output</source>
            <translation>{output_activation} 출력에는 회귀 실제값의 배율을 맞출 수 없습니다</translation>
        </message>
        <message>
            <source>target scaling is malformed ({error})</source>
            <translation>실제값 배율 설정의 형식이 잘못되었습니다 ({error})</translation>
        </message>
        <message>
            <source>{key} must be 2-D (samples, columns), got shape {shape}</source>
            <translation>{key}은(는) 2차원(샘플, 열)이어야 하는데 모양이 {shape}입니다</translation>
        </message>
        <message>
            <source>inputs and targets have different numbers of samples</source>
            <translation>입력과 실제값의 샘플 수가 다릅니다</translation>
        </message>
        <message>
            <source>the training set is empty</source>
            <translation>학습 세트가 비어 있습니다</translation>
        </message>
        <message>
            <source>training and test sets have different numbers of columns</source>
            <translation>학습 세트와 테스트 세트의 열 수가 다릅니다</translation>
        </message>
        <message>
            <source>{count} feature names for {d} inputs</source>
            <translation>입력 {d}개에 특성 이름이 {count}개입니다</translation>
        </message>
        <message>
            <source>input normalisation is for {size} inputs, not {d}</source>
            <translation>입력 정규화는 입력 {size}개용이며 {d}개용이 아닙니다</translation>
        </message>
        <message>
            <source>{count} class names do not fit {m} target columns</source>
            <translation>클래스 이름 {count}개가 실제값 열 {m}개에 맞지 않습니다</translation>
        </message>
        <message>
            <source>classification targets are not scaled</source>
            <translation>분류 실제값에는 배율을 적용하지 않습니다</translation>
        </message>
        <message>
            <source>target scaling is for {size} outputs, not {m}</source>
            <translation>실제값 배율은 출력 {size}개용이며 {m}개용이 아닙니다</translation>
        </message>
        <message>
            <source>train fraction must be in (0, 1], not {train_fraction}</source>
            <translation>학습 비율은 (0, 1] 범위여야 합니다 ({train_fraction}은(는) 안 됩니다)</translation>
        </message>
    </context>
    <context>
        <name>Derivation</name>
        <message>
            <source>Cross-entropy: ∂E&lt;sub&gt;n&lt;/sub&gt;/∂o&lt;sub&gt;k&lt;/sub&gt; = −(t&lt;sub&gt;k&lt;/sub&gt; − o&lt;sub&gt;k&lt;/sub&gt;) / (o&lt;sub&gt;k&lt;/sub&gt;(1 − o&lt;sub&gt;k&lt;/sub&gt;)), so the seed's o&lt;sub&gt;k&lt;/sub&gt;(1 − o&lt;sub&gt;k&lt;/sub&gt;) cancels and δ&lt;sub&gt;k&lt;/sub&gt; = t&lt;sub&gt;k&lt;/sub&gt; − o&lt;sub&gt;k&lt;/sub&gt;.</source>
            <translation>교차 엔트로피: ∂E&lt;sub&gt;n&lt;/sub&gt;/∂o&lt;sub&gt;k&lt;/sub&gt; = −(t&lt;sub&gt;k&lt;/sub&gt; − o&lt;sub&gt;k&lt;/sub&gt;) / (o&lt;sub&gt;k&lt;/sub&gt;(1 − o&lt;sub&gt;k&lt;/sub&gt;))이므로 원문의 o&lt;sub&gt;k&lt;/sub&gt;(1 − o&lt;sub&gt;k&lt;/sub&gt;)가 약분되어 δ&lt;sub&gt;k&lt;/sub&gt; = t&lt;sub&gt;k&lt;/sub&gt; − o&lt;sub&gt;k&lt;/sub&gt;가 됩니다.</translation>
        </message>
        <message>
            <source>Cross-entropy: the seed's o_k(1 − o_k) cancels, δ_k = t_k − o_k.</source>
            <translation>교차 엔트로피: 원문의 o_k(1 − o_k)가 약분되어 δ_k = t_k − o_k.</translation>
        </message>
        <message>
            <source>The weights before this update were not recorded, so the terms of the sum are not listed.</source>
            <translation>이 업데이트 전의 가중치가 기록되지 않아 합의 항을 나열하지 않습니다.</translation>
        </message>
        <message>
            <source>The terms of the sum are not listed.</source>
            <translation>합의 항은 나열하지 않습니다.</translation>
        </message>
        <message>
            <source>the error of {layer}, sent back through the weights</source>
            <translation>가중치를 거쳐 되돌아온 {layer}의 오차</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>The bias is the weight {weight} of an extra input {input} that is always 1.</source>
            <translation>편향은 항상 1인 추가 입력 {input}의 가중치 {weight}입니다.</translation>
        </message>
        <message>
            <source>{input} is 0 for this sample, so this weight does not change now: a weight learns only from samples that send a signal through it.</source>
            <translation>이 샘플에서 {input}이(가) 0이라서 이 가중치는 지금 바뀌지 않습니다: 가중치는 자기를 거쳐 신호를 보내는 샘플에서만 배웁니다.</translation>
        </message>
        <message>
            <source>A factor of δ is 0 (a saturated or switched-off unit), so nothing flows back through this unit for this sample.</source>
            <translation>δ의 인수 하나가 0이라서(포화되었거나 꺼진 유닛) 이 샘플에서는 이 유닛을 거쳐 되돌아가는 것이 없습니다.</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>편향</translation>
        </message>
        <message>
            <source>Weight {weight}: {source} → {target}</source>
            <translation>가중치 {weight}: {source} → {target}</translation>
        </message>
        <message>
            <source>a batch of {size}: each sample's α δ a is collected and their average applied once the batch is full; this was sample {position} of {size}, so nothing is applied yet.</source>
            <translation>크기 {size}의 배치: 샘플마다의 α δ a를 모았다가 배치가 차면 평균을 적용합니다. 이번은 {size}개 중 {position}번째 샘플이라 아직 아무것도 적용되지 않았습니다.</translation>
        </message>
        <message>
            <source>a batch of {size}: this sample completed it, and the average of its {size} changes was applied.</source>
            <translation>크기 {size}의 배치: 이 샘플로 배치가 찼고, {size}개 변화량의 평균이 적용되었습니다.</translation>
        </message>
        <message>
            <source>momentum μ = {mu}: the change also carries μ times the previous change (v ← μ v + α δ a, then w ← w + v).</source>
            <translation>모멘텀 μ = {mu}: 변화량에 이전 변화량의 μ배가 더해집니다 (v ← μ v + α δ a, 그다음 w ← w + v).</translation>
        </message>
        <message>
            <source>L2 decay λ = {lam}: each update also takes α λ w off the weight (biases are not decayed).</source>
            <translation>L2 감쇠 λ = {lam}: 업데이트마다 가중치에서 α λ w를 더 뺍니다 (편향은 감쇠하지 않음).</translation>
        </message>
        <message>
            <source>{layer} unit {unit}</source>
            <translation>{layer} 유닛 {unit}</translation>
        </message>
        <message>
            <source>… ({count} more)</source>
            <translation>… ({count}개 더)</translation>
        </message>
        <message>
            <source>{delta} sets the updates of the {count} weights into {unit}: Δ{weight} = α {delta} {input} for {letter} = 1…{fan_in}, and the bias Δ{bias} = α {delta}.</source>
            <translation>{delta}는 {unit}(으)로 들어오는 가중치 {count}개의 업데이트를 정합니다: {letter} = 1…{fan_in}에 대해 Δ{weight} = α {delta} {input}, 편향은 Δ{bias} = α {delta}.</translation>
        </message>
        <message>
            <source>It also flows back through {weight} into the δ of every {layer} unit.</source>
            <translation>또한 {weight}를 거쳐 모든 {layer} 유닛의 δ로 되돌아갑니다.</translation>
        </message>
    </context>
    <context>
        <name>DerivationDialog</name>
        <message>
            <source>The derivation</source>
            <translation>역전파 유도 과정</translation>
        </message>
    </context>
    <context>
        <name>DerivationFactors</name>
        <message>
            <source>the bias input, always 1</source>
            <translation>편향 입력, 항상 1</translation>
        </message>
        <message>
            <source>input, the signal this weight carries</source>
            <translation>입력값, 이 가중치가 나르는 신호</translation>
        </message>
        <message>
            <source>output of {layer} unit {n}, the signal this weight carries</source>
            <translation>{layer} 유닛 {n}의 출력, 이 가중치가 나르는 신호</translation>
        </message>
        <message>
            <source>this unit's output (σ′ = σ (1 − σ))</source>
            <translation>이 유닛의 출력 (σ′ = σ (1 − σ))</translation>
        </message>
        <message>
            <source>one minus it: the sigmoid's slope is largest at 0.5</source>
            <translation>1에서 뺀 값: 시그모이드의 기울기는 0.5에서 가장 큼</translation>
        </message>
        <message>
            <source>tanh′ = 1 − tanh²</source>
            <translation>tanh′ = 1 − tanh²</translation>
        </message>
        <message>
            <source>ReLU slope: 1 if net &gt; 0, else 0 (net = {net})</source>
            <translation>ReLU 기울기: net &gt; 0이면 1, 아니면 0 (net = {net})</translation>
        </message>
        <message>
            <source>target minus output: the error</source>
            <translation>실제값 빼기 예측값: 오차</translation>
        </message>
        <message>
            <source>softmax output</source>
            <translation>softmax 출력</translation>
        </message>
        <message>
            <source>error minus the outputs' weighted mean error (softmax couples the outputs)</source>
            <translation>오차 빼기 출력들의 가중 평균 오차 (softmax는 출력끼리 이어 줌)</translation>
        </message>
        <message>
            <source>weight from this unit to {layer} unit {n}</source>
            <translation>이 유닛에서 {layer} 유닛 {n}(으)로 가는 가중치</translation>
        </message>
        <message>
            <source>δ of {layer} unit {n}</source>
            <translation>{layer} 유닛 {n}의 δ</translation>
        </message>
    </context>
    <context>
        <name>DerivationInspector</name>
        <message>
            <source>&lt;b&gt;α&lt;/b&gt; learning rate · &lt;b&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt; input · &lt;b&gt;h&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt; hidden unit's output · &lt;b&gt;o&lt;sub&gt;k&lt;/sub&gt;&lt;/b&gt; network output · &lt;b&gt;t&lt;sub&gt;k&lt;/sub&gt;&lt;/b&gt; target · &lt;b&gt;w&lt;sub&gt;kj&lt;/sub&gt;&lt;/b&gt; weight from h&lt;sub&gt;j&lt;/sub&gt; to o&lt;sub&gt;k&lt;/sub&gt; (w&lt;sub&gt;k0&lt;/sub&gt;: bias) · &lt;b&gt;net&lt;/b&gt; weighted sum into a unit · &lt;b&gt;δ&lt;/b&gt; = −∂E&lt;sub&gt;n&lt;/sub&gt;/∂net, the unit's error signal · &lt;b&gt;Δw&lt;/b&gt; change of a weight for this one sample. Superscripts ⁽ˡ⁾ number the layers of deeper networks.</source>
            <translation>&lt;b&gt;α&lt;/b&gt; 학습률 · &lt;b&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt; 입력값 · &lt;b&gt;h&lt;sub&gt;j&lt;/sub&gt;&lt;/b&gt; 은닉 유닛의 출력 · &lt;b&gt;o&lt;sub&gt;k&lt;/sub&gt;&lt;/b&gt; 예측값(신경망 출력) · &lt;b&gt;t&lt;sub&gt;k&lt;/sub&gt;&lt;/b&gt; 실제값 · &lt;b&gt;w&lt;sub&gt;kj&lt;/sub&gt;&lt;/b&gt; h&lt;sub&gt;j&lt;/sub&gt;에서 o&lt;sub&gt;k&lt;/sub&gt;로 가는 가중치 (w&lt;sub&gt;k0&lt;/sub&gt;: 편향) · &lt;b&gt;net&lt;/b&gt; 유닛으로 들어가는 가중합 · &lt;b&gt;δ&lt;/b&gt; = −∂E&lt;sub&gt;n&lt;/sub&gt;/∂net, 유닛의 오차 신호 · &lt;b&gt;Δw&lt;/b&gt; 이 샘플 하나에 대한 가중치 변화량. 위첨자 ⁽ˡ⁾는 더 깊은 신경망의 층 번호입니다.</translation>
        </message>
        <message>
            <source>Click a weight (an edge) or a unit (a node) in the network to see how backpropagation computes its change for the current sample, with the numbers in place.</source>
            <translation>신경망에서 가중치(연결선)나 유닛(노드)을 클릭하면, 현재 샘플에 대해 역전파가 그 변화량을 어떻게 계산하는지 수치를 넣어 보여 줍니다.</translation>
        </message>
        <message>
            <source>Step one sample (“Step”) to see the numbers: the inspector shows the last sample the network learned from.</source>
            <translation>수치를 보려면 샘플 하나를 학습하세요(“샘플 한 개”). 이 탭은 신경망이 마지막으로 배운 샘플을 보여 줍니다.</translation>
        </message>
        <message>
            <source>Numbers from sample {n} (named at the top); its error E&lt;sub&gt;n&lt;/sub&gt; = {E_n} before the update.</source>
            <translation>샘플 {n}의 수치입니다 (위에 이름이 있음). 업데이트 전 이 샘플의 오차 E&lt;sub&gt;n&lt;/sub&gt; = {E_n}.</translation>
        </message>
        <message>
            <source>Numbers from this sample (named at the top); its error E&lt;sub&gt;n&lt;/sub&gt; = {E_n} before the update.</source>
            <translation>이 샘플의 수치입니다 (위에 이름이 있음). 업데이트 전 오차 E&lt;sub&gt;n&lt;/sub&gt; = {E_n}.</translation>
        </message>
    </context>
    <context>
        <name>DerivationRender</name>
        <message>
            <source>rule: &amp;nbsp;{rule}</source>
            <translation>규칙: &amp;nbsp;{rule}</translation>
        </message>
        <message>
            <source>momentum, L2 decay or a batch (a batch applies its average once it is full, and nothing before).</source>
            <translation>모멘텀, L2 감쇠 또는 배치 (배치는 다 찼을 때 평균을 적용하고, 그 전에는 아무것도 적용하지 않음).</translation>
        </message>
        <message>
            <source>Applied to the weight this step: &lt;b&gt;{value}&lt;/b&gt;. It differs from α δ a because of</source>
            <translation>이번 단계에 가중치에 적용된 값: &lt;b&gt;{value}&lt;/b&gt;. α δ a와 다른 이유:</translation>
        </message>
        <message>
            <source>Each term of the sum is one path from this unit to the next layer: the weight on that path times the δ at its end.</source>
            <translation>합의 각 항은 이 유닛에서 다음 층으로 가는 경로 하나입니다: 그 경로의 가중치 곱하기 끝에 있는 δ.</translation>
        </message>
        <message>
            <source>rule: {rule}</source>
            <translation>규칙: {rule}</translation>
        </message>
        <message>
            <source>applied this step: {value}</source>
            <translation>이번 단계에 적용: {value}</translation>
        </message>
        <message>
            <source>because of {reason}</source>
            <translation>이유: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DerivationText</name>
        <message numerus="yes">
            <source>It is the input of the %n weight(s) {weight} into the next layer: Δ{weight} = α {delta} {unit}.</source>
            <translation>
                <numerusform>다음 층으로 가는 가중치 {weight} %n개의 입력입니다: Δ{weight} = α {delta} {unit}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Play / pause training</source>
            <translation>학습 재생 / 일시정지</translation>
        </message>
        <message>
            <source>→ (Right)</source>
            <translation>→ (오른쪽)</translation>
        </message>
        <message>
            <source>Step: train exactly one sample, then pause</source>
            <translation>한 단계: 샘플 하나만 학습하고 멈춤</translation>
        </message>
        <message>
            <source>Step one epoch: train to the end of the current epoch, then pause</source>
            <translation>에포크 한 번: 현재 에포크 끝까지 학습하고 멈춤</translation>
        </message>
        <message>
            <source>Reset: back to the same initial weights (same seed)</source>
            <translation>재설정: 같은 초기 가중치(같은 시드)로 돌아감</translation>
        </message>
        <message>
            <source>New initial weights (next seed)</source>
            <translation>새 초기 가중치 (다음 시드)</translation>
        </message>
        <message>
            <source>Undo / redo: reset, new init, an edited weight, data or network</source>
            <translation>실행 취소 / 다시 실행: 재설정, 새 초기화, 편집한 가중치, 데이터나 신경망</translation>
        </message>
        <message>
            <source>Open / save a session</source>
            <translation>세션 열기 / 저장</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <source>Backprop view: edges by this sample's Δw, units by their δ</source>
            <translation>역전파 보기: 연결선은 이 샘플의 Δw, 유닛은 δ로 표시</translation>
        </message>
        <message>
            <source>Animate steps: → plays the forward pass, the backward pass and the update</source>
            <translation>단계 애니메이션: →가 순전파, 역전파, 업데이트를 차례로 보여 줌</translation>
        </message>
        <message>
            <source>Your turn (Practice mode): compute δ and Δw for one weight yourself, checked by the app</source>
            <translation>내 차례(연습 모드): 가중치 하나의 δ와 Δw를 직접 계산하고 앱이 확인</translation>
        </message>
        <message>
            <source>Show or hide the Learn panel (derivation, units, weights, metrics)</source>
            <translation>배우기 패널 보이기/숨기기 (유도 과정, 유닛, 가중치, 지표)</translation>
        </message>
        <message>
            <source>The derivation of backpropagation</source>
            <translation>역전파의 유도 과정</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <source>When a number box has the keyboard focus, the arrow keys and Space edit the box; click on the graph or the plot first.</source>
            <translation>숫자 상자에 키보드 포커스가 있으면 화살표 키와 Space는 그 상자를 바꿉니다. 먼저 신경망 그림이나 그래프를 클릭하세요.</translation>
        </message>
        <message>
            <source>Watch a neural network learn by backpropagation: every weight, every update, the error falling sample by sample.</source>
            <translation>신경망이 역전파로 학습하는 모습을 지켜보세요: 모든 가중치, 모든 업데이트, 샘플마다 줄어드는 오차.</translation>
        </message>
        <message>
            <source>Qt {qt}, Python {python}. MIT licence.</source>
            <translation>Qt {qt}, Python {python}. MIT 라이선스.</translation>
        </message>
        <message>
            <source>About Backprop Studio</source>
            <translation>Backprop Studio 정보</translation>
        </message>
        <message>
            <source>Something went wrong: {problem}. The app carries on; what you were doing may not have been done.</source>
            <translation>문제가 생겼습니다: {problem}. 앱은 계속 동작하지만, 하던 작업은 완료되지 않았을 수 있습니다.</translation>
        </message>
        <message>
            <source>Backprop Studio could not start</source>
            <translation>Backprop Studio를 시작하지 못했습니다</translation>
        </message>
        <message>
            <source>Backprop Studio could not start: {problem}. Please report this, with the text printed in the terminal if there is one.</source>
            <translation>Backprop Studio를 시작하지 못했습니다: {problem}. 터미널에 출력된 내용이 있으면 함께 이 문제를 알려 주세요.</translation>
        </message>
        <message>
            <source>something was nested too deeply to process</source>
            <translation>무언가가 너무 깊이 중첩되어 처리할 수 없습니다</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>예상하지 못한 문제</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <source>{title} is not downloaded yet, and downloads are turned off ({env_offline} is set); put its four files in {folder}</source>
            <translation>{title}은(는) 아직 내려받지 않았고 다운로드가 꺼져 있습니다({env_offline}이(가) 설정됨). 파일 네 개를 {folder}에 넣으세요</translation>
        </message>
        <message>
            <source>cannot create the data folder {folder} ({value})</source>
            <translation>데이터 폴더 {folder}을(를) 만들 수 없습니다 ({value})</translation>
        </message>
        <message>
            <source>{title}: {file_name} did not match its published checksum on any mirror, so it was not kept ({failures})</source>
            <translation>{title}: {file_name}이(가) 어느 미러에서도 공개된 체크섬과 맞지 않아 보관하지 않았습니다 ({failures})</translation>
        </message>
        <message>
            <source>{title} could not be downloaded: no mirror answered ({failures}). Are you online? Without a connection, put the four files ({names}) in {folder} yourself.</source>
            <translation>{title}을(를) 내려받지 못했습니다: 응답한 미러가 없습니다 ({failures}). 인터넷에 연결되어 있나요? 연결이 없으면 파일 네 개({names})를 {folder}에 직접 넣으세요.</translation>
        </message>
        <message>
            <source>unknown downloadable data set {name!r}</source>
            <translation>알 수 없는 다운로드 데이터 세트 {name!r}</translation>
        </message>
        <message>
            <source>{title}: {files} and its labels do not fit together (shapes {shape}, {shape2})</source>
            <translation>{title}: {files}와(과) 그 레이블이 서로 맞지 않습니다 (모양 {shape}, {shape2})</translation>
        </message>
    </context>
    <context>
        <name>ErrorPlot</name>
        <message>
            <source>diverged</source>
            <translation>발산함</translation>
        </message>
        <message>
            <source>log E</source>
            <translation>로그 E</translation>
        </message>
        <message>
            <source>Logarithmic E axis: shows the slow late progress of training</source>
            <translation>E 축을 로그 눈금으로: 학습 후반의 느린 진전이 보입니다</translation>
        </message>
        <message>
            <source>samples</source>
            <translation>샘플</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>에포크</translation>
        </message>
        <message>
            <source>Horizontal axis: samples seen, or epochs (passes over the data)</source>
            <translation>가로축: 학습한 샘플 수, 또는 에포크(데이터를 훑은 횟수)</translation>
        </message>
        <message>
            <source>per-sample Eₙ</source>
            <translation>샘플별 Eₙ</translation>
        </message>
        <message>
            <source>Show each sample's own error Eₙ (noisy, thin line)</source>
            <translation>샘플마다의 오차 Eₙ 보이기 (들쭉날쭉한 가는 선)</translation>
        </message>
        <message>
            <source>Clear old runs</source>
            <translation>이전 실행 지우기</translation>
        </message>
        <message>
            <source>Remove the faded curves of earlier runs</source>
            <translation>이전 실행의 흐린 곡선 지우기</translation>
        </message>
        <message>
            <source>&lt;b&gt;Error E&lt;/b&gt;</source>
            <translation>&lt;b&gt;오차 E&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;span style='color:#5a8cc8'&gt;&lt;b&gt;┃&lt;/b&gt;&lt;/span&gt;&amp;nbsp;E&lt;sub&gt;n&lt;/sub&gt; of each sample (its spread in each pixel column) &amp;nbsp;&amp;nbsp;&lt;span style='color:#1446a0'&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt;&amp;nbsp;mean E, training set (per epoch) &amp;nbsp;&amp;nbsp;&lt;span style='color:#e16e14'&gt;&lt;b&gt;╺╸╺╸&lt;/b&gt;&lt;/span&gt;&amp;nbsp;mean E, test set</source>
            <translation>&lt;span style='color:#5a8cc8'&gt;&lt;b&gt;┃&lt;/b&gt;&lt;/span&gt;&amp;nbsp;샘플별 E&lt;sub&gt;n&lt;/sub&gt; (픽셀 열마다의 퍼짐) &amp;nbsp;&amp;nbsp;&lt;span style='color:#1446a0'&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt;&amp;nbsp;평균 E, 학습 세트 (에포크마다) &amp;nbsp;&amp;nbsp;&lt;span style='color:#e16e14'&gt;&lt;b&gt;╺╸╺╸&lt;/b&gt;&lt;/span&gt;&amp;nbsp;평균 E, 테스트 세트</translation>
        </message>
        <message>
            <source>What the curves are: each sample's own error Eₙ (from its smallest to its largest value in each pixel column), and the mean error per epoch</source>
            <translation>곡선의 뜻: 샘플마다의 오차 Eₙ (픽셀 열마다 가장 작은 값부터 가장 큰 값까지)와 에포크마다의 평균 오차</translation>
        </message>
        <message>
            <source>{label} · other loss, scaled</source>
            <translation>{label} · 다른 손실 함수, 배율 맞춤</translation>
        </message>
        <message>
            <source>This run minimised another loss; its curve is scaled to start where the current run starts.</source>
            <translation>이 실행은 다른 손실 함수를 최소화했습니다. 곡선은 현재 실행의 시작점에서 시작하도록 배율을 맞췄습니다.</translation>
        </message>
        <message>
            <source>{label} · other loss, own scale</source>
            <translation>{label} · 다른 손실 함수, 자체 눈금</translation>
        </message>
        <message>
            <source>This run minimised another loss: its E is not comparable with the current run's.</source>
            <translation>이 실행은 다른 손실 함수를 최소화했습니다: 그 E는 현재 실행의 E와 비교할 수 없습니다.</translation>
        </message>
        <message>
            <source>Earlier runs (faded, darker = more recent): {runs}</source>
            <translation>이전 실행 (흐린 색, 진할수록 최근): {runs}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>line {line}</source>
            <translation>{line}행</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>{column}열</translation>
        </message>
    </context>
    <context>
        <name>Experiment</name>
        <message>
            <source>at most {max_hidden_layers} hidden layers</source>
            <translation>은닉층은 최대 {max_hidden_layers}개입니다</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Working…</source>
            <translation>작업 중…</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} 읽는 중…</translation>
        </message>
        <message>
            <source>Export weights as {format}</source>
            <translation>가중치를 {format}(으)로 내보내기</translation>
        </message>
        <message>
            <source>{format} files (*.{ext})</source>
            <translation>{format} 파일 (*.{ext})</translation>
        </message>
        <message>
            <source>Could not export the weights</source>
            <translation>가중치를 내보내지 못했습니다</translation>
        </message>
        <message>
            <source>Weights saved to {path}.</source>
            <translation>가중치를 {path}에 저장했습니다.</translation>
        </message>
        <message>
            <source>Export a PyTorch script</source>
            <translation>PyTorch 스크립트 내보내기</translation>
        </message>
        <message>
            <source>Python (*.py)</source>
            <translation>Python (*.py)</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>{name} 쓰는 중…</translation>
        </message>
        <message>
            <source>PyTorch script saved to {path}, with {files} beside it; run it with torch installed: python {name}</source>
            <translation>PyTorch 스크립트를 {path}에 저장했고 옆에 {files}을(를) 두었습니다. torch를 설치한 뒤 실행하세요: python {name}</translation>
        </message>
        <message>
            <source>Could not export the script</source>
            <translation>스크립트를 내보내지 못했습니다</translation>
        </message>
        <message>
            <source>Import weights</source>
            <translation>가중치 가져오기</translation>
        </message>
        <message>
            <source>Weights (*.json *.npz)</source>
            <translation>가중치 (*.json *.npz)</translation>
        </message>
        <message>
            <source>Could not import the weights</source>
            <translation>가중치를 가져오지 못했습니다</translation>
        </message>
        <message>
            <source>the weights are for a {shape} network: {inputs} inputs and {outputs} outputs, but the data set {name} has {data_inputs} inputs and {data_outputs} outputs. Choose a matching data set first.</source>
            <translation>이 가중치는 {shape} 신경망(입력 {inputs}개, 출력 {outputs}개)용인데, 데이터 세트 {name}은(는) 입력 {data_inputs}개, 출력 {data_outputs}개입니다. 먼저 맞는 데이터 세트를 고르세요.</translation>
        </message>
        <message>
            <source>the weights use different activations in different hidden layers, which this window cannot show</source>
            <translation>이 가중치는 은닉층마다 다른 활성화 함수를 쓰는데, 이 창에서는 그런 신경망을 보여 줄 수 없습니다</translation>
        </message>
        <message>
            <source>Network changed to fit the imported weights</source>
            <translation>가져온 가중치에 맞게 신경망을 바꿨습니다</translation>
        </message>
        <message>
            <source>Weights loaded from {path}.</source>
            <translation>{path}에서 가중치를 불러왔습니다.</translation>
        </message>
        <message>
            <source>Load a CSV data set</source>
            <translation>CSV 데이터 세트 불러오기</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Loaded {file}</source>
            <translation>{file}을(를) 불러왔습니다</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>{name} 읽는 중…</translation>
        </message>
        <message>
            <source>Could not load the data</source>
            <translation>데이터를 불러오지 못했습니다</translation>
        </message>
        <message>
            <source>Export the graph as {format}</source>
            <translation>신경망 그림을 {format}(으)로 내보내기</translation>
        </message>
        <message>
            <source>Could not export the graph</source>
            <translation>신경망 그림을 내보내지 못했습니다</translation>
        </message>
        <message>
            <source>Graph saved to {path}.</source>
            <translation>신경망 그림을 {path}에 저장했습니다.</translation>
        </message>
        <message>
            <source>Backprop Studio graph</source>
            <translation>Backprop Studio 신경망 그림</translation>
        </message>
        <message>
            <source>Export the plot as {format}</source>
            <translation>오차 그래프를 {format}(으)로 내보내기</translation>
        </message>
        <message>
            <source>Could not export the plot</source>
            <translation>오차 그래프를 내보내지 못했습니다</translation>
        </message>
        <message>
            <source>Plot saved to {path}.</source>
            <translation>오차 그래프를 {path}에 저장했습니다.</translation>
        </message>
        <message>
            <source>Backprop Studio error plot</source>
            <translation>Backprop Studio 오차 그래프</translation>
        </message>
        <message>
            <source>{format} (*.{ext})</source>
            <translation>{format} (*.{ext})</translation>
        </message>
        <message>
            <source>Export the error history</source>
            <translation>오차 기록 내보내기</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not export the error history</source>
            <translation>오차 기록을 내보내지 못했습니다</translation>
        </message>
        <message>
            <source>Error history saved to {path}.</source>
            <translation>오차 기록을 {path}에 저장했습니다.</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>세션 저장</translation>
        </message>
        <message>
            <source>Sessions (*.json)</source>
            <translation>세션 (*.json)</translation>
        </message>
        <message>
            <source>Could not save the session</source>
            <translation>세션을 저장하지 못했습니다</translation>
        </message>
        <message>
            <source>Session saved to {path}.</source>
            <translation>세션을 {path}에 저장했습니다.</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>세션 열기</translation>
        </message>
        <message>
            <source>Sessions (*.json);;All files (*)</source>
            <translation>세션 (*.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Could not open the session</source>
            <translation>세션을 열지 못했습니다</translation>
        </message>
        <message numerus="yes">
            <source>Session {file} opened: epoch {epoch}, %n sample(s) seen.</source>
            <translation>
                <numerusform>세션 {file}을(를) 열었습니다: 에포크 {epoch}, 학습한 샘플 %n개.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>파일을 열지 못했습니다</translation>
        </message>
        <message>
            <source>Could not open the data</source>
            <translation>데이터를 열지 못했습니다</translation>
        </message>
        <message>
            <source>{name} is read-only. Replace it anyway?</source>
            <translation>{name}은(는) 읽기 전용입니다. 그래도 바꿔 쓸까요?</translation>
        </message>
        <message>
            <source>Replace a read-only file?</source>
            <translation>읽기 전용 파일을 바꿔 쓸까요?</translation>
        </message>
        <message>
            <source>the picture could not be encoded as PNG</source>
            <translation>그림을 PNG로 인코딩하지 못했습니다</translation>
        </message>
        <message>
            <source>Exported from Backprop Studio</source>
            <translation>Backprop Studio에서 내보냄</translation>
        </message>
        <message>
            <source>{name}: pictures are saved as .png or .svg</source>
            <translation>{name}: 그림은 .png 또는 .svg로 저장합니다</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>파일</translation>
        </message>
        <message>
            <source>not a valid file ({error})</source>
            <translation>올바른 파일이 아닙니다 ({error})</translation>
        </message>
    </context>
    <context>
        <name>GraphPaint</name>
        <message>
            <source>inputs {symbol}</source>
            <translation>입력 {symbol}</translation>
        </message>
        <message>
            <source>outputs {symbol}</source>
            <translation>출력 {symbol}</translation>
        </message>
        <message>
            <source>hidden {symbol}</source>
            <translation>은닉 {symbol}</translation>
        </message>
        <message>
            <source>bias</source>
            <translation>편향</translation>
        </message>
        <message>
            <source>{rows}×{cols} inputs, one pixel each</source>
            <translation>입력 {rows}×{cols}개, 픽셀마다 하나</translation>
        </message>
        <message>
            <source>hover a unit to see its weights</source>
            <translation>유닛에 마우스를 올리면 가중치가 보입니다</translation>
        </message>
        <message>
            <source>incoming weights of {unit}</source>
            <translation>{unit}(으)로 들어오는 가중치</translation>
        </message>
    </context>
    <context>
        <name>GraphScene</name>
        <message>
            <source>edges: this sample's Δw</source>
            <translation>연결선: 이 샘플의 Δw</translation>
        </message>
        <message>
            <source>edges: last Δw</source>
            <translation>연결선: 마지막 Δw</translation>
        </message>
        <message>
            <source>edges: Δw since last frame</source>
            <translation>연결선: 이전 화면 이후의 Δw</translation>
        </message>
        <message>
            <source>edges: weight w</source>
            <translation>연결선: 가중치 w</translation>
        </message>
        <message>
            <source>showing the strongest {shown} of {total} weights</source>
            <translation>가중치 {total}개 중 가장 큰 {shown}개를 표시</translation>
        </message>
        <message>
            <source>hiding {count} with |w| &lt; {threshold}</source>
            <translation>|w| &lt; {threshold}인 {count}개 숨김</translation>
        </message>
        <message>
            <source>squares: each unit's incoming weights as an image</source>
            <translation>사각형: 각 유닛으로 들어오는 가중치를 이미지로</translation>
        </message>
        <message>
            <source>units: error signal δ, same colours on ±{vmax}</source>
            <translation>유닛: 오차 신호 δ, ±{vmax} 범위에서 같은 색</translation>
        </message>
        <message>
            <source>the constant 1: its weights w_j0, w_k0 are the biases of the next layer's units</source>
            <translation>상수 1: 이 입력의 가중치 w_j0, w_k0가 다음 층 유닛의 편향입니다</translation>
        </message>
        <message>
            <source>last Δw</source>
            <translation>마지막 Δw</translation>
        </message>
        <message>
            <source>Δw since last frame</source>
            <translation>이전 화면 이후의 Δw</translation>
        </message>
    </context>
    <context>
        <name>GraphTooltips</name>
        <message>
            <source>last Δw</source>
            <translation>마지막 Δw</translation>
        </message>
        <message>
            <source>{label}: none yet</source>
            <translation>{label}: 아직 없음</translation>
        </message>
        <message>
            <source>input {n} of {count}</source>
            <translation>입력 {count}개 중 {n}번째</translation>
        </message>
        <message>
            <source>output unit {n} of {count}</source>
            <translation>출력 유닛 {count}개 중 {n}번째</translation>
        </message>
        <message>
            <source>hidden unit {n} of {count} in hidden layer {layer}</source>
            <translation>은닉층 {layer}의 은닉 유닛 {count}개 중 {n}번째</translation>
        </message>
        <message>
            <source>hidden unit {n} of {count}</source>
            <translation>은닉 유닛 {count}개 중 {n}번째</translation>
        </message>
        <message>
            <source>no sample shown</source>
            <translation>표시된 샘플 없음</translation>
        </message>
        <message>
            <source>bias {name} = {value}</source>
            <translation>편향 {name} = {value}</translation>
        </message>
    </context>
    <context>
        <name>GraphicsScene</name>
        <message>
            <source>Export...</source>
            <translation>내보내기...</translation>
        </message>
    </context>
    <context>
        <name>HelpPage</name>
        <message>
            <source>&lt;h2&gt;How the network learns: backpropagation, step by step&lt;/h2&gt;&lt;p&gt;This page follows the derivation the app is built on (one hidden layer, sigmoid units, squared error), and says where each symbol is on the screen. Click any weight or unit in the network and the &lt;b&gt;inspector&lt;/b&gt; shows the same formulas with the numbers of the sample being learned.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;신경망은 어떻게 배우는가: 역전파, 한 단계씩&lt;/h2&gt;&lt;p&gt;이 페이지는 앱의 바탕이 된 유도 과정(은닉층 하나, 시그모이드 유닛, 제곱 오차)을 따라가며, 각 기호가 화면 어디에 있는지 알려 줍니다. 신경망에서 아무 가중치나 유닛을 클릭하면 &lt;b&gt;유도 과정&lt;/b&gt; 탭이 지금 학습하는 샘플의 수치로 같은 수식을 보여 줍니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;1. What is on the screen&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;{x_i}&lt;/b&gt;: the inputs, the column of units on the &lt;b&gt;left&lt;/b&gt; of the network (i = 1 … d).&lt;/li&gt;&lt;li&gt;&lt;b&gt;{h_j}&lt;/b&gt;: the hidden units, the &lt;b&gt;middle&lt;/b&gt; column (j = 1 … p).&lt;/li&gt;&lt;li&gt;&lt;b&gt;{o_k}&lt;/b&gt;: the outputs, the column on the &lt;b&gt;right&lt;/b&gt; (k = 1 … m); &lt;b&gt;{t_k}&lt;/b&gt; is the target the output should have.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{w_ji}&lt;/b&gt;: the edges from inputs to hidden units; &lt;b&gt;{w_kj}&lt;/b&gt;: the edges from hidden units to outputs. The first index is the unit the edge goes &lt;i&gt;to&lt;/i&gt;. &lt;b&gt;{w_j0}&lt;/b&gt;, &lt;b&gt;{w_k0}&lt;/b&gt; are the biases: weights of an extra input fixed at 1.&lt;/li&gt;&lt;li&gt;Edge colours (see the legend): &lt;span style='color:{red}'&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt; positive, &lt;span style='color:{blue}'&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt; negative, grey near zero; the stronger the colour, the larger the weight. Units are filled from dark (low activation) to light (high).&lt;/li&gt;&lt;li&gt;&lt;b&gt;{E_n}&lt;/b&gt;: the error on one sample, plotted in the &lt;b&gt;error plot&lt;/b&gt;; the line per epoch is its mean over all samples.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h3&gt;1. 화면에 보이는 것&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;{x_i}&lt;/b&gt;: 입력값, 신경망 &lt;b&gt;왼쪽&lt;/b&gt;의 유닛 열 (i = 1 … d).&lt;/li&gt;&lt;li&gt;&lt;b&gt;{h_j}&lt;/b&gt;: 은닉층의 유닛, &lt;b&gt;가운데&lt;/b&gt; 열 (j = 1 … p).&lt;/li&gt;&lt;li&gt;&lt;b&gt;{o_k}&lt;/b&gt;: 출력층의 예측값, &lt;b&gt;오른쪽&lt;/b&gt; 열 (k = 1 … m). &lt;b&gt;{t_k}&lt;/b&gt;는 출력이 가져야 할 실제값입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{w_ji}&lt;/b&gt;: 입력에서 은닉 유닛으로 가는 연결선, &lt;b&gt;{w_kj}&lt;/b&gt;: 은닉 유닛에서 출력으로 가는 연결선. 첫째 첨자는 연결선이 &lt;i&gt;도착하는&lt;/i&gt; 유닛입니다. &lt;b&gt;{w_j0}&lt;/b&gt;, &lt;b&gt;{w_k0}&lt;/b&gt;는 편향, 즉 1로 고정된 추가 입력의 가중치입니다.&lt;/li&gt;&lt;li&gt;연결선 색(범례 참고): &lt;span style='color:{red}'&gt;&lt;b&gt;빨강&lt;/b&gt;&lt;/span&gt;은 양수, &lt;span style='color:{blue}'&gt;&lt;b&gt;파랑&lt;/b&gt;&lt;/span&gt;은 음수, 0 근처는 회색. 색이 진할수록 가중치가 큽니다. 유닛은 어두운 색(낮은 활성화 값)부터 밝은 색(높은 값)까지로 채워집니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{E_n}&lt;/b&gt;: 샘플 하나의 오차로, &lt;b&gt;오차 그래프&lt;/b&gt;에 그려집니다. 에포크마다의 선은 모든 샘플에 대한 평균입니다.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;2. Forward pass: from inputs to outputs&lt;/h3&gt;&lt;p&gt;Each hidden unit adds up its weighted inputs and squashes the sum with the sigmoid σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;):&lt;/p&gt;{eq_net_j}&lt;p&gt;The outputs do the same with the hidden units as their inputs:&lt;/p&gt;{eq_net_k}&lt;p&gt;and the error on this sample n compares outputs with targets:&lt;/p&gt;{eq_E_n}</source>
            <translation>&lt;h3&gt;2. 순전파: 입력에서 출력으로&lt;/h3&gt;&lt;p&gt;각 은닉 유닛은 가중치를 곱한 입력을 모두 더하고, 그 합을 시그모이드 σ(z) = 1 / (1 + e&lt;sup&gt;−z&lt;/sup&gt;)로 눌러 줍니다:&lt;/p&gt;{eq_net_j}&lt;p&gt;출력 유닛도 은닉 유닛을 입력으로 삼아 똑같이 합니다:&lt;/p&gt;{eq_net_k}&lt;p&gt;그리고 이 샘플 n의 오차는 예측값과 실제값을 비교합니다:&lt;/p&gt;{eq_E_n}</translation>
        </message>
        <message>
            <source>&lt;h3&gt;3. Learning rule&lt;/h3&gt;&lt;p&gt;Every weight moves a small step &lt;b&gt;down&lt;/b&gt; the slope of {E_n}, scaled by the learning rate α (the α control):&lt;/p&gt;{eq_rule}</source>
            <translation>&lt;h3&gt;3. 학습 규칙&lt;/h3&gt;&lt;p&gt;모든 가중치는 {E_n}의 기울기를 따라 &lt;b&gt;아래로&lt;/b&gt; 조금씩 움직이며, 그 크기는 학습률 α(α 설정)가 정합니다:&lt;/p&gt;{eq_rule}</translation>
        </message>
        <message>
            <source>&lt;h3&gt;4. A hidden → output weight {w_kj}: the chain rule&lt;/h3&gt;&lt;p&gt;{w_kj} changes {E_n} only through {net_k}, and {net_k} through {o_k}:&lt;/p&gt;{eq_chain}&lt;p&gt;Each factor is simple:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;∂{E_n}/∂{o_k} = −({t_k} − {o_k}) &amp;nbsp; (only the k-th term of the sum depends on {o_k})&lt;/li&gt;&lt;li&gt;∂{o_k}/∂{net_k} = {o_k} (1 − {o_k}) &amp;nbsp; (the sigmoid's slope, read off its own output)&lt;/li&gt;&lt;li&gt;∂{net_k}/∂{w_kj} = {h_j} &amp;nbsp; (the signal the edge carries)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Multiplying and flipping the sign gives the update of a hidden → output edge:&lt;/p&gt;{eq_dw_kj}&lt;p&gt;The part that belongs to the output unit is its &lt;b&gt;δ&lt;/b&gt;: {d_k} = ({t_k} − {o_k}) {o_k} (1 − {o_k}) = −∂{E_n}/∂{net_k}, so Δ{w_kj} = α {d_k} {h_j}.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;4. 은닉층 → 출력층 가중치 {w_kj}: 연쇄 법칙&lt;/h3&gt;&lt;p&gt;{w_kj}는 {net_k}를 통해서만 {E_n}를 바꾸고, {net_k}는 {o_k}를 통해 바꿉니다:&lt;/p&gt;{eq_chain}&lt;p&gt;각 인수는 간단합니다:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;∂{E_n}/∂{o_k} = −({t_k} − {o_k}) &amp;nbsp; (합에서 k번째 항만 {o_k}에 따라 달라짐)&lt;/li&gt;&lt;li&gt;∂{o_k}/∂{net_k} = {o_k} (1 − {o_k}) &amp;nbsp; (시그모이드의 기울기, 자기 출력에서 바로 읽음)&lt;/li&gt;&lt;li&gt;∂{net_k}/∂{w_kj} = {h_j} &amp;nbsp; (연결선이 나르는 신호)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;곱하고 부호를 뒤집으면 은닉층 → 출력층 연결선의 업데이트가 됩니다:&lt;/p&gt;{eq_dw_kj}&lt;p&gt;이 중 출력 유닛에 속하는 부분이 그 유닛의 &lt;b&gt;δ&lt;/b&gt;입니다: {d_k} = ({t_k} − {o_k}) {o_k} (1 − {o_k}) = −∂{E_n}/∂{net_k}, 따라서 Δ{w_kj} = α {d_k} {h_j}.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;5. An input → hidden weight {w_ji}: one more link in the chain&lt;/h3&gt;&lt;p&gt;{w_ji} changes {net_j}, which changes {h_j}, which reaches &lt;i&gt;every&lt;/i&gt; output through the weights {w_kj}. So the error flows back along all those edges and adds up:&lt;/p&gt;{eq_dnet_j}&lt;p&gt;with ∂h&lt;sub&gt;j&lt;/sub&gt;/∂net&lt;sub&gt;j&lt;/sub&gt; = h&lt;sub&gt;j&lt;/sub&gt;(1 − h&lt;sub&gt;j&lt;/sub&gt;), ∂{net_k}/∂{h_j} = {w_kj} and ∂{o_k}/∂{net_k} = {o_k}(1 − {o_k}). Since ∂{net_j}/∂{w_ji} = {x_i}:&lt;/p&gt;{eq_dw_ji}&lt;p&gt;or, with the hidden unit's δ: {d_j} = {h_j} (1 − {h_j}) Σ&lt;sub&gt;k&lt;/sub&gt; {w_kj} {d_k} and Δ{w_ji} = α {d_j} {x_i}. The sum uses the weights {w_kj} &lt;i&gt;before&lt;/i&gt; this sample's update.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;5. 입력층 → 은닉층 가중치 {w_ji}: 사슬이 하나 더&lt;/h3&gt;&lt;p&gt;{w_ji}는 {net_j}를 바꾸고, {net_j}는 {h_j}를 바꾸며, {h_j}는 가중치 {w_kj}를 거쳐 &lt;i&gt;모든&lt;/i&gt; 출력에 닿습니다. 그래서 오차는 그 모든 연결선을 따라 되돌아와 더해집니다:&lt;/p&gt;{eq_dnet_j}&lt;p&gt;여기서 ∂h&lt;sub&gt;j&lt;/sub&gt;/∂net&lt;sub&gt;j&lt;/sub&gt; = h&lt;sub&gt;j&lt;/sub&gt;(1 − h&lt;sub&gt;j&lt;/sub&gt;), ∂{net_k}/∂{h_j} = {w_kj}, ∂{o_k}/∂{net_k} = {o_k}(1 − {o_k})입니다. ∂{net_j}/∂{w_ji} = {x_i}이므로:&lt;/p&gt;{eq_dw_ji}&lt;p&gt;또는 은닉 유닛의 δ로 쓰면: {d_j} = {h_j} (1 − {h_j}) Σ&lt;sub&gt;k&lt;/sub&gt; {w_kj} {d_k}, Δ{w_ji} = α {d_j} {x_i}. 이 합에는 이 샘플로 업데이트하기 &lt;i&gt;전의&lt;/i&gt; 가중치 {w_kj}를 씁니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;6. The two rules together&lt;/h3&gt;{eq_both_k}{eq_both_j}&lt;p&gt;Every update is &lt;b&gt;α × (δ of the unit the edge goes to) × (signal on the edge)&lt;/b&gt;. A weight whose input is 0 for a sample does not change on that sample; a unit stuck near 0 or 1 (σ′ ≈ 0) passes almost no error back.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;6. 두 규칙을 함께&lt;/h3&gt;{eq_both_k}{eq_both_j}&lt;p&gt;모든 업데이트는 &lt;b&gt;α × (연결선이 도착하는 유닛의 δ) × (연결선 위의 신호)&lt;/b&gt;입니다. 어떤 샘플에서 입력이 0인 가중치는 그 샘플로는 바뀌지 않고, 0이나 1 근처에 붙은 유닛(σ′ ≈ 0)은 오차를 거의 되돌려 보내지 못합니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;7. Beyond the seed&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;More hidden layers&lt;/b&gt;: the same recursion, δ = f′(a) · Σ w δ&lt;sub&gt;next&lt;/sub&gt;, layer by layer from the output back. Symbols get a layer number: h&lt;sup&gt;(2)&lt;/sup&gt;&lt;sub&gt;j&lt;/sub&gt;, w&lt;sup&gt;(3)&lt;/sup&gt;&lt;sub&gt;kj&lt;/sub&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Other activations&lt;/b&gt; swap the sigmoid's o (1 − o) for their own slope: tanh′ = 1 − a², ReLU′ = 1 if net &amp;gt; 0 else 0, linear′ = 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cross-entropy&lt;/b&gt; loss with a sigmoid or softmax output gives simply {d_k} = {t_k} − {o_k}: the o (1 − o) cancels.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Batches, momentum, L2&lt;/b&gt; change what is &lt;i&gt;applied&lt;/i&gt;: a batch averages the samples' Δw before applying it; momentum adds a share of the previous step; L2 pulls every weight a little towards 0. The inspector shows the applied change when it differs.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h3&gt;7. 원문 너머&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;은닉층을 더 쌓으면&lt;/b&gt;: 같은 재귀식 δ = f′(a) · Σ w δ&lt;sub&gt;next&lt;/sub&gt;를 출력층부터 한 층씩 거꾸로 적용합니다. 기호에는 층 번호가 붙습니다: h&lt;sup&gt;(2)&lt;/sup&gt;&lt;sub&gt;j&lt;/sub&gt;, w&lt;sup&gt;(3)&lt;/sup&gt;&lt;sub&gt;kj&lt;/sub&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;다른 활성화 함수&lt;/b&gt;는 시그모이드의 o (1 − o) 대신 자기 기울기를 씁니다: tanh′ = 1 − a², ReLU′ = net &amp;gt; 0이면 1, 아니면 0, linear′ = 1.&lt;/li&gt;&lt;li&gt;시그모이드나 softmax 출력에 &lt;b&gt;교차 엔트로피&lt;/b&gt; 손실을 쓰면 간단히 {d_k} = {t_k} − {o_k}가 됩니다: o (1 − o)가 약분됩니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;배치, 모멘텀, L2&lt;/b&gt;는 &lt;i&gt;적용되는&lt;/i&gt; 값을 바꿉니다: 배치는 샘플들의 Δw를 평균해서 적용하고, 모멘텀은 이전 단계의 일부를 더하며, L2는 모든 가중치를 0 쪽으로 조금 당깁니다. 적용된 변화량이 다르면 유도 과정 탭이 그 값을 보여 줍니다.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;8. Other views (the Learn panel on the right, Ctrl+L)&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Derivation&lt;/b&gt;: click an edge or a unit in the network; the update above, with the numbers of the current sample.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backprop view&lt;/b&gt; (key B): edges coloured by this sample's Δw instead of w, units filled by their δ. With &lt;b&gt;Animate steps&lt;/b&gt; (key A), → plays the forward pass layer by layer, then δ travelling back, then the update.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decision boundary&lt;/b&gt; (What units learned): the output o for every point of the input plane; the black line is o = 0.5. Dots are the samples, coloured by class.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unit pictures&lt;/b&gt;: what each hidden unit computes over the plane. Hidden units draw straight boundaries; the output combines them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hinton diagram&lt;/b&gt; (Weights): one square per weight, area ∝ |w|, colour = sign; click one to see its derivation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Metrics&lt;/b&gt;: accuracy and the confusion matrix (classes), or RMSE and R² (numbers), on the training and the test set.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h3&gt;8. 다른 보기 (오른쪽 배우기 패널, Ctrl+L)&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;유도 과정&lt;/b&gt;: 신경망의 연결선이나 유닛을 클릭하면 위의 업데이트를 현재 샘플의 수치로 보여 줍니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;역전파 보기&lt;/b&gt; (B 키): 연결선을 w 대신 이 샘플의 Δw로 칠하고, 유닛을 δ로 채웁니다. &lt;b&gt;단계 애니메이션&lt;/b&gt;(A 키)을 켜면 →가 순전파를 한 층씩, 이어서 되돌아가는 δ, 마지막으로 업데이트를 보여 줍니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;결정 경계&lt;/b&gt; (유닛이 배운 것): 입력 평면의 모든 점에서 출력 o. 검은 선은 o = 0.5입니다. 점은 샘플이며 클래스별로 색이 다릅니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;유닛 그림&lt;/b&gt;: 각 은닉 유닛이 평면 위에서 계산하는 값. 은닉 유닛은 곧은 경계를 긋고, 출력은 그것을 조합합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;힌턴 다이어그램&lt;/b&gt; (가중치): 가중치마다 사각형 하나, 넓이 ∝ |w|, 색 = 부호. 클릭하면 그 가중치의 유도 과정이 나옵니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;지표&lt;/b&gt;: 학습 세트와 테스트 세트에서의 정확도와 혼동 행렬(분류), 또는 RMSE와 R²(회귀).&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;9. Your turn: do the step yourself&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Your turn&lt;/b&gt; (key P) stops on the next sample after its forward pass and asks you for the numbers of one weight's update, in the order above: {d_k} then Δ{w_kj}, or Σ&lt;sub&gt;k&lt;/sub&gt; {w_kj} {d_k}, {d_j} then Δ{w_ji}. An answer is right when it agrees with the engine's value to 3 significant digits. A wrong one is compared with the common mistakes (the slope {o_k}(1 − {o_k}) or {h_j}(1 − {h_j}) left out, ({o_k} − {t_k}) for ({t_k} − {o_k}), the updated {w_kj} in the sum, α forgotten, net used for {h_j}) and the hint names the factor; then the engine applies that very step. File ▸ Lessons has three guided lessons.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;9. 내 차례: 한 단계를 직접 계산하기&lt;/h3&gt;&lt;p&gt;&lt;b&gt;내 차례&lt;/b&gt;(P 키)는 다음 샘플의 순전파 뒤에 멈추고, 가중치 하나의 업데이트에 필요한 수치를 위의 순서대로 묻습니다: {d_k} 다음 Δ{w_kj}, 또는 Σ&lt;sub&gt;k&lt;/sub&gt; {w_kj} {d_k}, {d_j} 다음 Δ{w_ji}. 답이 엔진의 값과 유효숫자 3자리까지 같으면 정답입니다. 틀린 답은 흔한 실수와 비교합니다 (기울기 {o_k}(1 − {o_k})나 {h_j}(1 − {h_j})를 빠뜨림, ({t_k} − {o_k}) 대신 ({o_k} − {t_k}), 합에 업데이트된 {w_kj}를 씀, α를 잊음, {h_j} 대신 net을 씀). 힌트는 어느 인수인지 알려 주고, 그다음 엔진이 바로 그 단계를 적용합니다. 파일 ▸ 수업에 안내 수업 세 개가 있습니다.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>HintonView</name>
        <message>
            <source>bias (input 1)</source>
            <translation>편향 (입력 1)</translation>
        </message>
        <message>
            <source>from {source} to {target}</source>
            <translation>{source}에서 {target}(으)로</translation>
        </message>
        <message>
            <source>red: positive, blue: negative, area ∝ |w|</source>
            <translation>빨강: 양수, 파랑: 음수, 넓이 ∝ |w|</translation>
        </message>
        <message>
            <source>Cut off at the edge: widen the panel or drag it out.</source>
            <translation>가장자리에서 잘렸습니다: 패널을 넓히거나 끌어내세요.</translation>
        </message>
        <message>
            <source>rows: to, columns: from, b = bias; hover for values</source>
            <translation>행: 도착, 열: 출발, b = 편향. 마우스를 올리면 값이 보입니다</translation>
        </message>
    </context>
    <context>
        <name>Hyperparams</name>
        <message>
            <source>learning rate α must be a finite number, got {alpha!r}</source>
            <translation>학습률 α는 유한한 수여야 합니다 (받은 값: {alpha!r})</translation>
        </message>
        <message>
            <source>learning rate α must be in (0, {max_alpha:g}], got {alpha:g}</source>
            <translation>학습률 α는 (0, {max_alpha:g}] 범위여야 합니다 (받은 값: {alpha:g})</translation>
        </message>
        <message>
            <source>batch size must be a positive integer, got {batch_size!r}</source>
            <translation>배치 크기는 양의 정수여야 합니다 (받은 값: {batch_size!r})</translation>
        </message>
        <message>
            <source>batch size must be at most {max_samples:,}, got {batch_size:,}</source>
            <translation>배치 크기는 최대 {max_samples:,}입니다 (받은 값: {batch_size:,})</translation>
        </message>
        <message>
            <source>momentum must be in [0, 1), got {momentum!r}</source>
            <translation>모멘텀은 [0, 1) 범위여야 합니다 (받은 값: {momentum!r})</translation>
        </message>
        <message>
            <source>L2 weight decay must be in [0, 1], got {l2!r}</source>
            <translation>L2 가중치 감쇠는 [0, 1] 범위여야 합니다 (받은 값: {l2!r})</translation>
        </message>
        <message>
            <source>order seed must be a non-negative integer, got {order_seed!r}</source>
            <translation>순서 시드는 0 이상의 정수여야 합니다 (받은 값: {order_seed!r})</translation>
        </message>
    </context>
    <context>
        <name>Idx</name>
        <message>
            <source>damaged compressed file ({error})</source>
            <translation>손상된 압축 파일 ({error})</translation>
        </message>
        <message>
            <source>not an IDX file (magic {value})</source>
            <translation>IDX 파일이 아닙니다 (매직 {value})</translation>
        </message>
        <message>
            <source>an IDX file of {ndim} dimensions is not supported</source>
            <translation>{ndim}차원 IDX 파일은 지원하지 않습니다</translation>
        </message>
        <message>
            <source>the IDX header is cut short</source>
            <translation>IDX 머리글이 잘려 있습니다</translation>
        </message>
        <message>
            <source>{count:,} values, more than the limit of {max_values:,}</source>
            <translation>값이 {count:,}개로, 한도 {max_values:,}개를 넘습니다</translation>
        </message>
        <message>
            <source>holds fewer values than its header says ({number:,} of {count:,})</source>
            <translation>머리글에 적힌 것보다 값이 적습니다 ({count:,}개 중 {number:,}개)</translation>
        </message>
        <message>
            <source>has bytes after the {count:,} values its header announces</source>
            <translation>머리글에 적힌 값 {count:,}개 뒤에 바이트가 더 있습니다</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>Backprop Studio opens sessions (.json), weights (.json, .npz) and data (.csv, .tsv, .txt)</source>
            <translation>Backprop Studio는 세션(.json), 가중치(.json, .npz), 데이터(.csv, .tsv, .txt)를 엽니다</translation>
        </message>
        <message>
            <source>there is no such file ({path})</source>
            <translation>그런 파일이 없습니다 ({path})</translation>
        </message>
        <message>
            <source>this is a folder, not a file</source>
            <translation>파일이 아니라 폴더입니다</translation>
        </message>
        <message>
            <source>{opens}; this file's name ends in {value}</source>
            <translation>{opens}. 이 파일의 이름은 {value}(으)로 끝납니다</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>아무것도 없음</translation>
        </message>
        <message>
            <source>not a Backprop Studio session or weights file (its "format" is {found!r}, expected {format!r} or {format2!r})</source>
            <translation>Backprop Studio 세션이나 가중치 파일이 아닙니다 ("format"이 {found!r}인데 {format!r} 또는 {format2!r}이어야 함)</translation>
        </message>
        <message>
            <source>this is a table of weights ({header}) exported for other programs, not training data; Backprop Studio opens weights from .json or .npz files</source>
            <translation>다른 프로그램용으로 내보낸 가중치 표({header})이며 학습 데이터가 아닙니다. Backprop Studio는 가중치를 .json 또는 .npz 파일에서 엽니다</translation>
        </message>
        <message>
            <source>cannot be read ({value})</source>
            <translation>읽을 수 없습니다 ({value})</translation>
        </message>
        <message>
            <source>not valid JSON, so not a session or weights file</source>
            <translation>올바른 JSON이 아니므로 세션이나 가중치 파일이 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>--lang must be one of: {choices} (got {value!r})</source>
            <translation>--lang 값은 다음 중 하나여야 합니다: {choices} (받은 값: {value!r})</translation>
        </message>
        <message>
            <source>No Korean font is installed, so Hangul may show as empty boxes. Install one (on Debian or Ubuntu: sudo apt-get install {packages}) and restart Backprop Studio.</source>
            <translation>한글 글꼴이 설치되어 있지 않아 한글이 빈 네모로 보일 수 있습니다. 글꼴을 설치하고(Debian이나 Ubuntu에서는 sudo apt-get install {packages}) Backprop Studio를 다시 시작하세요.</translation>
        </message>
    </context>
    <context>
        <name>LayerRow</name>
        <message>
            <source>Units in hidden layer {n}</source>
            <translation>은닉층 {n}의 유닛 수</translation>
        </message>
        <message>
            <source>One unit fewer in hidden layer {n}</source>
            <translation>은닉층 {n}의 유닛 하나 줄이기</translation>
        </message>
        <message>
            <source>One unit more in hidden layer {n}</source>
            <translation>은닉층 {n}의 유닛 하나 늘리기</translation>
        </message>
        <message>
            <source>layer {n}</source>
            <translation>층 {n}</translation>
        </message>
    </context>
    <context>
        <name>LearnPanel</name>
        <message>
            <source>Derivation</source>
            <translation>유도 과정</translation>
        </message>
        <message>
            <source>How backpropagation computes the selected weight's change, with the numbers of the current sample</source>
            <translation>역전파가 선택한 가중치의 변화량을 어떻게 계산하는지, 현재 샘플의 수치로 보여 줍니다</translation>
        </message>
        <message>
            <source>&lt;b&gt;1.&lt;/b&gt; Press &lt;b&gt;Space&lt;/b&gt; to start training and watch this picture change.&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Click an edge (a weight) in the network to see how backpropagation changes it.&lt;br&gt;&lt;b&gt;3.&lt;/b&gt; Press &lt;b&gt;→&lt;/b&gt; to train one sample at a time. &lt;a href='close'&gt;Hide&lt;/a&gt;</source>
            <translation>&lt;b&gt;1.&lt;/b&gt; &lt;b&gt;Space&lt;/b&gt;를 눌러 학습을 시작하고 이 그림이 바뀌는 것을 보세요.&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; 신경망의 연결선(가중치)을 클릭하면 역전파가 그것을 어떻게 바꾸는지 보입니다.&lt;br&gt;&lt;b&gt;3.&lt;/b&gt; &lt;b&gt;→&lt;/b&gt;를 누르면 샘플을 하나씩 학습합니다. &lt;a href='close'&gt;숨기기&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>유닛</translation>
        </message>
        <message>
            <source>What units learned</source>
            <translation>유닛이 배운 것</translation>
        </message>
        <message>
            <source>What the network (and each unit) answers over the input plane</source>
            <translation>입력 평면 위에서 신경망(과 각 유닛)이 내는 답</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>가중치</translation>
        </message>
        <message>
            <source>Every weight as a square: area ∝ |w|, red positive, blue negative</source>
            <translation>모든 가중치를 사각형으로: 넓이 ∝ |w|, 빨강은 양수, 파랑은 음수</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>지표</translation>
        </message>
        <message>
            <source>Accuracy and confusion (classes) or RMSE and R² (numbers)</source>
            <translation>정확도와 혼동 행렬(분류) 또는 RMSE와 R²(회귀)</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>automatic range · width ∝ |value|</source>
            <translation>자동 범위 · 굵기 ∝ |값|</translation>
        </message>
        <message>
            <source>fixed range · width ∝ |value|</source>
            <translation>고정 범위 · 굵기 ∝ |값|</translation>
        </message>
        <message>
            <source>units: activation</source>
            <translation>유닛: 활성화 값</translation>
        </message>
        <message>
            <source>units:</source>
            <translation>유닛:</translation>
        </message>
        <message>
            <source>low → high</source>
            <translation>낮음 → 높음</translation>
        </message>
    </context>
    <context>
        <name>Lesson</name>
        <message>
            <source> and </source>
            <translation> 및 </translation>
        </message>
        <message>
            <source>not a lesson file (expected a JSON object with format {format!r})</source>
            <translation>수업 파일이 아닙니다 (format이 {format!r}인 JSON 객체여야 함)</translation>
        </message>
        <message>
            <source>lesson version must be 1 to {version}, not {version2!r}</source>
            <translation>수업 버전은 1부터 {version}까지여야 합니다 ({version2!r}은(는) 안 됩니다)</translation>
        </message>
        <message>
            <source>summary must be text</source>
            <translation>summary는 텍스트여야 합니다</translation>
        </message>
        <message>
            <source>steps must be a list of 1 to {max_steps} steps</source>
            <translation>steps는 단계 1개부터 {max_steps}개까지의 목록이어야 합니다</translation>
        </message>
        <message>
            <source>{what} needs a {key} (text)</source>
            <translation>{what}에는 {key}(텍스트)가 필요합니다</translation>
        </message>
        <message>
            <source>{key} must be {kind} from {low:g} to {high:g}, not {value!r}</source>
            <translation>{key}은(는) {low:g}부터 {high:g}까지의 {kind}여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
        </message>
        <message>
            <source>experiment must be an object with data, network, hyperparams, init</source>
            <translation>experiment는 data, network, hyperparams, init이 있는 객체여야 합니다</translation>
        </message>
        <message>
            <source>experiment: {error}</source>
            <translation>experiment: {error}</translation>
        </message>
        <message>
            <source>weights must list {number} layers for a {names} network</source>
            <translation>weights에는 {names} 신경망의 층 {number}개가 있어야 합니다</translation>
        </message>
        <message>
            <source>weights layer {number} needs W (rows of numbers) and b</source>
            <translation>weights의 층 {number}에는 W(숫자 행들)와 b가 필요합니다</translation>
        </message>
        <message>
            <source>weights layer {number}: W must be {shape}x{shape2} and b {shape3} numbers, not {shape4} and {shape5}</source>
            <translation>weights의 층 {number}: W는 {shape}x{shape2}, b는 숫자 {shape3}개여야 합니다 ({shape4}와 {shape5}은(는) 안 됩니다)</translation>
        </message>
        <message>
            <source>weights layer {number} holds a non-finite number</source>
            <translation>weights의 층 {number}에 유한하지 않은 수가 있습니다</translation>
        </message>
        <message>
            <source>a step must be an object with text</source>
            <translation>단계는 text가 있는 객체여야 합니다</translation>
        </message>
        <message>
            <source>action must be an object or a list of them</source>
            <translation>action은 객체나 객체 목록이어야 합니다</translation>
        </message>
        <message>
            <source>check must be an object of E_below, E_above, epochs_at_least</source>
            <translation>check는 E_below, E_above, epochs_at_least로 된 객체여야 합니다</translation>
        </message>
        <message>
            <source>an action must be an object with do</source>
            <translation>action은 do가 있는 객체여야 합니다</translation>
        </message>
        <message>
            <source>unknown action {a!r}; one of {names}</source>
            <translation>알 수 없는 action {a!r}. 다음 중 하나여야 합니다: {names}</translation>
        </message>
        <message>
            <source>play needs until_E_below or max_epochs, so that it ends</source>
            <translation>play가 끝나려면 until_E_below나 max_epochs가 필요합니다</translation>
        </message>
        <message>
            <source>view must be one of {names}, not {get!r}</source>
            <translation>view는 {names} 중 하나여야 합니다 ({get!r}은(는) 안 됩니다)</translation>
        </message>
    </context>
    <context>
        <name>LessonPane</name>
        <message>
            <source>◀ Back</source>
            <translation>◀ 이전</translation>
        </message>
        <message>
            <source>Show the previous step's text (its actions are not repeated)</source>
            <translation>이전 단계의 설명 보이기 (그 동작은 다시 하지 않음)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>다음 ▶</translation>
        </message>
        <message>
            <source>Go on to the next step</source>
            <translation>다음 단계로</translation>
        </message>
        <message>
            <source>Lesson “{title}”</source>
            <translation>수업 “{title}”</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;End of the lesson.&lt;/b&gt; Everything stays as it is: go on exploring, or open another lesson.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;수업이 끝났습니다.&lt;/b&gt; 모든 것이 그대로 남아 있습니다: 계속 살펴보거나 다른 수업을 여세요.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p style='color:#555'&gt;Step {n} of {count}&lt;/p&gt;</source>
            <translation>&lt;p style='color:#555'&gt;{count}단계 중 {n}단계&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No lesson open. File ▸ Open Lesson… runs one here.</source>
            <translation>열린 수업이 없습니다. 파일 ▸ 수업 열기…로 여기서 수업을 시작합니다.</translation>
        </message>
        <message>
            <source>Lesson finished.</source>
            <translation>수업을 마쳤습니다.</translation>
        </message>
        <message>
            <source>Waiting for your answers in the Practice pane…</source>
            <translation>연습 창에서 답을 기다리는 중…</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>작업 중…</translation>
        </message>
        <message>
            <source>✓ {check}</source>
            <translation>✓ {check}</translation>
        </message>
        <message>
            <source>Not yet: {check} (now E = {E:.4g}).</source>
            <translation>아직 아닙니다: {check} (지금 E = {E:.4g}).</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>마치기</translation>
        </message>
    </context>
    <context>
        <name>LessonText</name>
        <message numerus="yes">
            <source>at least %n epoch(s)</source>
            <translation>
                <numerusform>최소 %n 에포크</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LogSlider</name>
        <message>
            <source>{tip} (logarithmic: each tenth of the track multiplies by ~2)</source>
            <translation>{tip} (로그 눈금: 막대의 1/10마다 약 2배)</translation>
        </message>
    </context>
    <context>
        <name>Losses</name>
        <message>
            <source>unknown loss {loss!r}; choose one of {names}</source>
            <translation>알 수 없는 손실 함수 {loss!r}. 다음 중에서 고르세요: {names}</translation>
        </message>
        <message>
            <source>cross-entropy needs a sigmoid or softmax output, not {output_activation!r}</source>
            <translation>교차 엔트로피에는 sigmoid나 softmax 출력이 필요합니다 ({output_activation!r}은(는) 안 됩니다)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Saved settings not restored, defaults used: {what}.</source>
            <translation>저장한 설정을 되살리지 못해 기본값을 씁니다: {what}.</translation>
        </message>
        <message>
            <source>Press Space (or ▶ Play) to start training; → steps one sample.</source>
            <translation>Space(또는 ▶ 재생)를 누르면 학습이 시작됩니다. →는 샘플 하나를 학습합니다.</translation>
        </message>
        <message>
            <source>Controls</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>Learn</source>
            <translation>배우기</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <source>{title}: {message}</source>
            <translation>{title}: {message}</translation>
        </message>
        <message>
            <source>Compiling the training loop (first use only)…</source>
            <translation>학습 루프 컴파일 중 (처음 한 번만)…</translation>
        </message>
        <message>
            <source>The training loop is ready.</source>
            <translation>학습 루프가 준비되었습니다.</translation>
        </message>
        <message>
            <source>the last data and network ({why})</source>
            <translation>마지막 데이터와 신경망 ({why})</translation>
        </message>
        <message>
            <source>window size and place</source>
            <translation>창 크기와 위치</translation>
        </message>
        <message>
            <source>panel layout</source>
            <translation>패널 배치</translation>
        </message>
        <message>
            <source>speed</source>
            <translation>속도</translation>
        </message>
        <message>
            <source>language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>last folder</source>
            <translation>마지막 폴더</translation>
        </message>
    </context>
    <context>
        <name>Memory</name>
        <message>
            <source>{what} needs about {human} of memory, larger than the limit of {human2} free now; {hint}</source>
            <translation>{what}에는 메모리가 약 {human} 필요한데, 지금 쓸 수 있는 한도 {human2}보다 큽니다. {hint}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>Export weights as</source>
            <translation>가중치 내보내기 형식</translation>
        </message>
        <message>
            <source>Export picture</source>
            <translation>그림 내보내기</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <source>Open recent</source>
            <translation>최근 파일 열기</translation>
        </message>
        <message>
            <source>Undo {what}</source>
            <translation>실행 취소: {what}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <source>Redo {what}</source>
            <translation>다시 실행: {what}</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <source>Go back to the weights and settings before the last reset, new init, edited weight, or data or network change</source>
            <translation>마지막 재설정, 새 초기화, 가중치 편집, 데이터나 신경망 변경 이전의 가중치와 설정으로 되돌리기</translation>
        </message>
        <message>
            <source>Do again what Undo took back</source>
            <translation>실행 취소한 것을 다시 실행</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>학습(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>Open session…</source>
            <translation>세션 열기…</translation>
        </message>
        <message>
            <source>Continue a saved session: network, data, weights and history</source>
            <translation>저장한 세션 이어가기: 신경망, 데이터, 가중치와 기록</translation>
        </message>
        <message>
            <source>Save session…</source>
            <translation>세션 저장…</translation>
        </message>
        <message>
            <source>Save everything, to continue later exactly where you are</source>
            <translation>지금 상태를 모두 저장해 나중에 그대로 이어가기</translation>
        </message>
        <message>
            <source>Load CSV data…</source>
            <translation>CSV 데이터 불러오기…</translation>
        </message>
        <message>
            <source>Train on your own data from a CSV file</source>
            <translation>CSV 파일의 내 데이터로 학습하기</translation>
        </message>
        <message>
            <source>Import weights…</source>
            <translation>가중치 가져오기…</translation>
        </message>
        <message>
            <source>Load weights saved as JSON or NPZ</source>
            <translation>JSON 또는 NPZ로 저장한 가중치 불러오기</translation>
        </message>
        <message>
            <source>Export error history as CSV…</source>
            <translation>오차 기록을 CSV로 내보내기…</translation>
        </message>
        <message>
            <source>Save the E plot's numbers</source>
            <translation>E 그래프의 수치 저장</translation>
        </message>
        <message>
            <source>PyTorch script (.py)…</source>
            <translation>PyTorch 스크립트 (.py)…</translation>
        </message>
        <message>
            <source>A script that rebuilds this network in PyTorch, checks it and trains on with the same rule (weights and data saved beside it)</source>
            <translation>이 신경망을 PyTorch로 다시 만들어 확인하고 같은 규칙으로 이어서 학습하는 스크립트 (가중치와 데이터를 옆에 저장)</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <source>Learn panel</source>
            <translation>배우기 패널</translation>
        </message>
        <message>
            <source>Show or hide the derivation, unit pictures, weights and metrics</source>
            <translation>유도 과정, 유닛 그림, 가중치, 지표를 보이거나 숨기기</translation>
        </message>
        <message>
            <source>Clear old runs</source>
            <translation>이전 실행 지우기</translation>
        </message>
        <message>
            <source>Remove the faded error curves of earlier runs</source>
            <translation>이전 실행의 흐린 오차 곡선 지우기</translation>
        </message>
        <message>
            <source>The derivation…</source>
            <translation>역전파 유도 과정…</translation>
        </message>
        <message>
            <source>The equations of backpropagation, as the seed writes them</source>
            <translation>원문 유도에 적힌 그대로의 역전파 수식</translation>
        </message>
        <message>
            <source>Keyboard shortcuts…</source>
            <translation>단축키…</translation>
        </message>
        <message>
            <source>About Backprop Studio…</source>
            <translation>Backprop Studio 정보…</translation>
        </message>
        <message>
            <source>{format}…</source>
            <translation>{format}…</translation>
        </message>
        <message>
            <source>Save the current weights as {format}</source>
            <translation>현재 가중치를 {format}(으)로 저장</translation>
        </message>
        <message>
            <source>Graph as {format}…</source>
            <translation>신경망 그림을 {format}(으)로…</translation>
        </message>
        <message>
            <source>Plot as {format}…</source>
            <translation>오차 그래프를 {format}(으)로…</translation>
        </message>
        <message>
            <source>Show the window in this language</source>
            <translation>이 언어로 창 표시</translation>
        </message>
    </context>
    <context>
        <name>MetricsView</name>
        <message>
            <source>(rows: true class, columns: the network's answer; the diagonal is right)</source>
            <translation>(행: 실제 클래스, 열: 신경망의 답, 대각선이 맞은 것)</translation>
        </message>
        <message>
            <source>Confusion matrix, training set</source>
            <translation>혼동 행렬, 학습 세트</translation>
        </message>
        <message>
            <source>Confusion matrix, test set</source>
            <translation>혼동 행렬, 테스트 세트</translation>
        </message>
        <message>
            <source>&lt;b&gt;Every sample's answer against its true value&lt;/b&gt; &lt;span style='color:#666'&gt;(filled: training, hollow: test; on the dashed line the answer is exact)&lt;/span&gt;</source>
            <translation>&lt;b&gt;샘플마다 신경망의 답과 실제값&lt;/b&gt; &lt;span style='color:#666'&gt;(채움: 학습, 빈 것: 테스트. 점선 위에 있으면 답이 정확함)&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Train a little to see the numbers.</source>
            <translation>조금 학습하면 수치가 나타납니다.</translation>
        </message>
        <message>
            <source>Right per class: {parts}</source>
            <translation>클래스별 정답: {parts}</translation>
        </message>
        <message>
            <source>Training set</source>
            <translation>학습 세트</translation>
        </message>
        <message>
            <source>Test set</source>
            <translation>테스트 세트</translation>
        </message>
        <message>
            <source>correct ({right} of {n})</source>
            <translation>정답 ({n}개 중 {right}개)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Accuracy&lt;/b&gt;: the share of samples whose class the network gets right.</source>
            <translation>&lt;b&gt;정확도&lt;/b&gt;: 신경망이 클래스를 맞힌 샘플의 비율.</translation>
        </message>
        <message>
            <source>&lt;b&gt;RMSE&lt;/b&gt;: typical size of the error, in the target's own units. &lt;b&gt;R²&lt;/b&gt;: share of the target's variation explained (1 is perfect, 0 no better than the mean).</source>
            <translation>&lt;b&gt;RMSE&lt;/b&gt;: 실제값 단위로 본 오차의 대표 크기. &lt;b&gt;R²&lt;/b&gt;: 실제값의 변동 중 설명된 비율 (1은 완벽, 0은 평균보다 나을 것 없음).</translation>
        </message>
        <message>
            <source>This data set has no separate test set.</source>
            <translation>이 데이터 세트에는 따로 떼어 둔 테스트 세트가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>a network needs at least an input and an output layer</source>
            <translation>신경망에는 적어도 입력층과 출력층이 필요합니다</translation>
        </message>
        <message>
            <source>{number} hidden layers is more than the limit of {number2}</source>
            <translation>은닉층 {number}개는 한도 {number2}개를 넘습니다</translation>
        </message>
        <message>
            <source>layer sizes must be positive integers, got {list}</source>
            <translation>층 크기는 양의 정수여야 합니다 (받은 값: {list})</translation>
        </message>
        <message>
            <source>a layer of {n:,} units is more than the limit of {max_layer_units:,}</source>
            <translation>유닛 {n:,}개짜리 층은 한도 {max_layer_units:,}개를 넘습니다</translation>
        </message>
        <message>
            <source>{n_params:,} weights is more than the limit of {max_parameters:,}; use fewer units</source>
            <translation>가중치 {n_params:,}개는 한도 {max_parameters:,}개를 넘습니다. 유닛 수를 줄이세요</translation>
        </message>
        <message>
            <source>{number} weight layers need {number2} activations, got {count}</source>
            <translation>가중치 층 {number}개에는 활성화 함수 {number2}개가 필요한데 {count}개입니다</translation>
        </message>
        <message>
            <source>hidden activation must be one of {names}: {a!r}</source>
            <translation>은닉층 활성화 함수는 {names} 중 하나여야 합니다: {a!r}</translation>
        </message>
        <message>
            <source>output activation must be one of {names}: {activations!r}</source>
            <translation>출력층 활성화 함수는 {names} 중 하나여야 합니다: {activations!r}</translation>
        </message>
        <message>
            <source>a softmax output needs at least 2 output units</source>
            <translation>softmax 출력에는 출력 유닛이 적어도 2개 필요합니다</translation>
        </message>
        <message>
            <source>params must have shape ({n},) for sizes {sizes}, got {shape}</source>
            <translation>크기 {sizes}에는 params의 모양이 ({n},)이어야 하는데 {shape}입니다</translation>
        </message>
        <message>
            <source>need one bias vector per weight matrix, and at least one layer</source>
            <translation>가중치 행렬마다 편향 벡터가 하나씩, 그리고 층이 적어도 하나 필요합니다</translation>
        </message>
        <message>
            <source>layer {number}: W has shape {shape}, expected ({sizes}, {sizes2})</source>
            <translation>층 {number}: W의 모양이 {shape}인데 ({sizes}, {sizes2})여야 합니다</translation>
        </message>
        <message>
            <source>layer {number}: b has shape {shape}, expected ({sizes},)</source>
            <translation>층 {number}: b의 모양이 {shape}인데 ({sizes},)여야 합니다</translation>
        </message>
        <message>
            <source>inputs have {shape} features, the network expects {sizes}</source>
            <translation>입력의 특성이 {shape}개인데 신경망은 {sizes}개를 기대합니다</translation>
        </message>
    </context>
    <context>
        <name>NetworkBox</name>
        <message>
            <source>½ SSE (the seed's)</source>
            <translation>½ SSE (원문의 오차)</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>교차 엔트로피</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>신경망</translation>
        </message>
        <message>
            <source>The shape of the network: inputs and outputs come from the data</source>
            <translation>신경망의 구조: 입력과 출력 수는 데이터가 정합니다</translation>
        </message>
        <message>
            <source>Number of hidden layers (0 = no hidden layer: a single-layer network, which cannot learn XOR)</source>
            <translation>은닉층 수 (0 = 은닉층 없음: XOR을 배울 수 없는 단층 신경망)</translation>
        </message>
        <message>
            <source>Activation f of every hidden unit: h_j = f(net_j)</source>
            <translation>모든 은닉 유닛의 활성화 함수 f: h_j = f(net_j)</translation>
        </message>
        <message>
            <source>Activation of the output units: o_k = f(net_k)</source>
            <translation>출력 유닛의 활성화 함수: o_k = f(net_k)</translation>
        </message>
        <message>
            <source>The error E_n the network minimises for each sample</source>
            <translation>신경망이 샘플마다 최소화하는 오차 E_n</translation>
        </message>
        <message>
            <source>Hidden layers</source>
            <translation>은닉층</translation>
        </message>
        <message>
            <source>Hidden act.</source>
            <translation>은닉 활성화</translation>
        </message>
        <message>
            <source>Output act.</source>
            <translation>출력 활성화</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>손실 함수</translation>
        </message>
        <message numerus="yes">
            <source>{shape} network, %n weight(s)</source>
            <translation>
                <numerusform>{shape} 신경망, 가중치 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Network changed</source>
            <translation>신경망을 바꿨습니다</translation>
        </message>
    </context>
    <context>
        <name>NetworkGraphView</name>
        <message>
            <source>Edit weight</source>
            <translation>가중치 편집</translation>
        </message>
        <message>
            <source>New value for {name}:</source>
            <translation>{name}의 새 값:</translation>
        </message>
        <message>
            <source>{name} not changed: a weight must be a finite number with |w| ≤ 1e6</source>
            <translation>{name}을(를) 바꾸지 않았습니다: 가중치는 |w| ≤ 1e6인 유한한 수여야 합니다</translation>
        </message>
    </context>
    <context>
        <name>Notation</name>
        <message>
            <source>input</source>
            <translation>입력</translation>
        </message>
        <message>
            <source>output</source>
            <translation>출력</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>은닉</translation>
        </message>
        <message>
            <source>hidden layer {n}</source>
            <translation>은닉층 {n}</translation>
        </message>
        <message>
            <source>the input layer</source>
            <translation>입력층</translation>
        </message>
        <message>
            <source>the output layer</source>
            <translation>출력층</translation>
        </message>
        <message>
            <source>the hidden layer</source>
            <translation>은닉층</translation>
        </message>
        <message>
            <source>bias of {unit} (weight from the constant 1)</source>
            <translation>{unit}의 편향 (상수 1에서 오는 가중치)</translation>
        </message>
        <message>
            <source>from {source} to {target}</source>
            <translation>{source}에서 {target}(으)로</translation>
        </message>
    </context>
    <context>
        <name>NumberBox</name>
        <message>
            <source>Type a number.</source>
            <translation>숫자를 입력하세요.</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>“{text}”은(는) 숫자가 아닙니다.</translation>
        </message>
        <message>
            <source>The value must be a finite number.</source>
            <translation>값은 유한한 수여야 합니다.</translation>
        </message>
        <message>
            <source>{value} is not a whole number; this field counts.</source>
            <translation>{value}은(는) 정수가 아닙니다. 이 칸은 개수를 셉니다.</translation>
        </message>
        <message>
            <source>{value} is out of range: the value must be from {lo} to {hi}.</source>
            <translation>{value}은(는) 범위를 벗어났습니다: 값은 {lo}부터 {hi}까지여야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>ParamLayout</name>
        <message>
            <source>{count} parameters are too few for a {names} network</source>
            <translation>매개변수 {count}개는 {names} 신경망에 너무 적습니다</translation>
        </message>
        <message>
            <source>{size} parameters do not fit a {names} network ({pos} needed)</source>
            <translation>매개변수 {size}개는 {names} 신경망에 맞지 않습니다 ({pos}개 필요)</translation>
        </message>
    </context>
    <context>
        <name>Practice</name>
        <message>
            <source>An answer counts as right when it agrees with the engine's value to 3 significant digits (within half a unit of the third digit).</source>
            <translation>답이 엔진의 값과 유효숫자 3자리까지 같으면(셋째 자리의 반 단위 이내) 정답입니다.</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>The sign is wrong: δ carries (t − o), target minus output, and Δw = +α δ a; with (o − t) the step would climb the error instead of going down it.</source>
            <translation>부호가 틀렸습니다: δ에는 (t − o), 즉 실제값 빼기 예측값이 들어가고 Δw = +α δ a입니다. (o − t)로 하면 오차를 내려가는 대신 올라가게 됩니다.</translation>
        </message>
        <message>
            <source>You left out the learning rate: Δw = {alpha} × {delta} × {input}, and {alpha} = {value}.</source>
            <translation>학습률을 빠뜨렸습니다: Δw = {alpha} × {delta} × {input}이고, {alpha} = {value}입니다.</translation>
        </message>
        <message>
            <source>You used {net} where the rule has {output}: the weight carries the unit's output {output} = σ({net}), not its net input.</source>
            <translation>규칙에는 {output}이(가) 있는데 {net}을(를) 썼습니다: 가중치가 나르는 것은 유닛의 출력 {output} = σ({net})이지, 가중합 입력이 아닙니다.</translation>
        </message>
        <message>
            <source>You used ({output} − {target}): the rule has {error}, target minus output, which makes δ point the way E goes down.</source>
            <translation>({output} − {target})를 썼습니다: 규칙에는 {error}, 즉 실제값 빼기 예측값이 있고, 그래야 δ가 E가 줄어드는 쪽을 가리킵니다.</translation>
        </message>
        <message>
            <source>You used {error} alone: the rule multiplies it by the slope {output}(1 − {output}) of the output unit's sigmoid.</source>
            <translation>{error}만 썼습니다: 규칙은 여기에 출력 유닛 시그모이드의 기울기 {output}(1 − {output})를 곱합니다.</translation>
        </message>
        <message>
            <source>You used {net}(1 − {net}) where the rule has {output}(1 − {output}): the sigmoid's slope is written through its output {output}, not its net input.</source>
            <translation>규칙에는 {output}(1 − {output})가 있는데 {net}(1 − {net})를 썼습니다: 시그모이드의 기울기는 가중합 입력이 아니라 출력 {output}으로 씁니다.</translation>
        </message>
        <message>
            <source>found</source>
            <translation>구한 값</translation>
        </message>
        <message>
            <source>weights</source>
            <translation>가중치</translation>
        </message>
        <message>
            <source>You used the weights after this step's update, {weight} + Δ{weight}: every δ of this sample is computed with the old weights, before any of them changes.</source>
            <translation>이번 단계로 업데이트된 가중치 {weight} + Δ{weight}를 썼습니다: 이 샘플의 모든 δ는 어떤 가중치도 바뀌기 전의 이전 가중치로 계산합니다.</translation>
        </message>
        <message>
            <source>The sign is wrong: each δ of the next layer carries (t − o), target minus output, not (o − t).</source>
            <translation>부호가 틀렸습니다: 다음 층의 각 δ에는 (o − t)가 아니라 (t − o), 즉 실제값 빼기 예측값이 들어갑니다.</translation>
        </message>
        <message>
            <source>You multiplied {weight} by ({target} − {output}) alone: each {delta} also has the output's slope {output}(1 − {output}).</source>
            <translation>{weight}에 ({target} − {output})만 곱했습니다: 각 {delta}에는 출력의 기울기 {output}(1 − {output})도 들어갑니다.</translation>
        </message>
        <message>
            <source>You used the sum alone: δ of a hidden unit multiplies it by the unit's own slope {slope} (the chain rule's ∂{output}/∂{net}).</source>
            <translation>합만 썼습니다: 은닉 유닛의 δ는 여기에 유닛 자신의 기울기 {slope}(연쇄 법칙의 ∂{output}/∂{net})를 곱합니다.</translation>
        </message>
        <message>
            <source>You used {net}(1 − {net}) where the rule has {slope}: the slope is written through the unit's output {output}, not its net input.</source>
            <translation>규칙에는 {slope}이(가) 있는데 {net}(1 − {net})를 썼습니다: 기울기는 가중합 입력이 아니라 유닛의 출력 {output}으로 씁니다.</translation>
        </message>
    </context>
    <context>
        <name>PracticeActions</name>
        <message>
            <source>The derivation is hidden while you answer a practice question: it would give the answer away. It comes back when the question is done.</source>
            <translation>연습 문제에 답하는 동안에는 유도 과정을 숨깁니다: 답을 알려 주게 되니까요. 문제가 끝나면 다시 나타납니다.</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>연습</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>수업</translation>
        </message>
        <message>
            <source>Your turn</source>
            <translation>내 차례</translation>
        </message>
        <message>
            <source>Practice mode: on the next step you compute δ and Δw for one weight, and the app checks each number against the engine</source>
            <translation>연습 모드: 다음 단계에서 가중치 하나의 δ와 Δw를 직접 계산하면, 앱이 각 수치를 엔진과 비교해 확인합니다</translation>
        </message>
        <message>
            <source>Open Lesson…</source>
            <translation>수업 열기…</translation>
        </message>
        <message>
            <source>Run a lesson file step by step in a pane beside the network</source>
            <translation>수업 파일을 신경망 옆 창에서 한 단계씩 진행</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>수업</translation>
        </message>
        <message>
            <source>Open a lesson</source>
            <translation>수업 열기</translation>
        </message>
        <message>
            <source>Lessons (*.json);;All (*)</source>
            <translation>수업 (*.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Could not open the lesson</source>
            <translation>수업을 열지 못했습니다</translation>
        </message>
        <message>
            <source>the lesson's own initial weights</source>
            <translation>수업에 담긴 초기 가중치</translation>
        </message>
        <message>
            <source>initial weights from seed {seed}</source>
            <translation>시드 {seed}의 초기 가중치</translation>
        </message>
        <message>
            <source>Lesson “{title}” opened: {n} steps, {start}.</source>
            <translation>수업 “{title}”을(를) 열었습니다: {n}단계, {start}.</translation>
        </message>
    </context>
    <context>
        <name>PracticePane</name>
        <message>
            <source>Press P (Your turn) to be asked about the next step.</source>
            <translation>P(내 차례)를 누르면 다음 단계에 대한 문제가 나옵니다.</translation>
        </message>
        <message>
            <source>your number, e.g. −0.0411</source>
            <translation>답할 숫자, 예: −0.0411</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>확인</translation>
        </message>
        <message>
            <source>Show solution</source>
            <translation>풀이 보기</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>다음 문제</translation>
        </message>
        <message>
            <source>Ask about the next sample's step</source>
            <translation>다음 샘플의 단계에 대해 묻기</translation>
        </message>
        <message>
            <source>name (optional)</source>
            <translation>이름 (선택)</translation>
        </message>
        <message>
            <source>Export record…</source>
            <translation>기록 내보내기…</translation>
        </message>
        <message>
            <source>Save every answer as CSV or JSON for a teacher; nothing is sent anywhere</source>
            <translation>모든 답을 선생님께 드릴 CSV나 JSON으로 저장합니다. 어디에도 전송하지 않습니다</translation>
        </message>
        <message>
            <source>Practice mode is off.</source>
            <translation>연습 모드가 꺼져 있습니다.</translation>
        </message>
        <message>
            <source>Type a number, e.g. −0.0411 or -4.11e-2.</source>
            <translation>숫자를 입력하세요, 예: −0.0411 또는 -4.11e-2.</translation>
        </message>
        <message>
            <source>&lt;p&gt;All questions of this step answered.&lt;/p&gt;</source>
            <translation>&lt;p&gt;이 단계의 문제에 모두 답했습니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The step was not applied as asked: the weights were reset or training diverged.&lt;/p&gt;</source>
            <translation>&lt;p&gt;단계가 요청대로 적용되지 않았습니다: 가중치가 재설정되었거나 학습이 발산했습니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The weights changed, so the question was withdrawn.</source>
            <translation>가중치가 바뀌어서 문제를 취소했습니다.</translation>
        </message>
        <message>
            <source>Score: {summary}.</source>
            <translation>점수: {summary}.</translation>
        </message>
        <message>
            <source>Export the practice record</source>
            <translation>연습 기록 내보내기</translation>
        </message>
        <message>
            <source>CSV (*.csv);;JSON (*.json)</source>
            <translation>CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Could not export the record</source>
            <translation>기록을 내보내지 못했습니다</translation>
        </message>
        <message>
            <source>&lt;b&gt;Your turn:&lt;/b&gt; the update of {weight} for sample {row}, x = ({x}), t = ({t})</source>
            <translation>&lt;b&gt;내 차례:&lt;/b&gt; 샘플 {row}에 대한 {weight}의 업데이트, x = ({x}), t = ({t})</translation>
        </message>
        <message>
            <source>&lt;p style='margin:4px 0'&gt;Question {n} of {count}: &lt;b&gt;{symbol} = ?&lt;/b&gt;&lt;/p&gt;&lt;p style='color:#5a5a5a; margin:0'&gt;rule: {rule}&lt;/p&gt;</source>
            <translation>&lt;p style='margin:4px 0'&gt;{count}문제 중 {n}번째: &lt;b&gt;{symbol} = ?&lt;/b&gt;&lt;/p&gt;&lt;p style='color:#5a5a5a; margin:0'&gt;규칙: {rule}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Right: {symbol} = {key} (you typed {answer}).</source>
            <translation>정답: {symbol} = {key} (입력한 값 {answer}).</translation>
        </message>
        <message>
            <source>Not quite ({mistake}). {hint}</source>
            <translation>아깝습니다 ({mistake}). {hint}</translation>
        </message>
        <message>
            <source>Not quite: this does not match a common mistake. Check each factor of the rule and that you used the numbers shown.</source>
            <translation>아깝습니다: 흔한 실수와 맞지 않습니다. 규칙의 각 인수와, 보이는 수치를 썼는지 확인하세요.</translation>
        </message>
        <message>
            <source> Try again, or Show solution.</source>
            <translation> 다시 해 보거나 풀이 보기를 누르세요.</translation>
        </message>
        <message>
            <source> The worked solution is below: {symbol} = {key}.</source>
            <translation> 아래에 풀이가 있습니다: {symbol} = {key}.</translation>
        </message>
        <message>
            <source>Step applied exactly as the engine computes it: Δ{w} = {dw} was added to {w}.</source>
            <translation>엔진이 계산한 그대로 단계를 적용했습니다: {w}에 Δ{w} = {dw}를 더했습니다.</translation>
        </message>
        <message>
            <source>(Batch, momentum or L2 made the applied change differ from α δ a = {key}.)</source>
            <translation>(배치, 모멘텀 또는 L2 때문에 적용된 변화량이 α δ a = {key}와 다릅니다.)</translation>
        </message>
        <message>
            <source>missing derivative</source>
            <translation>도함수 빠짐</translation>
        </message>
        <message>
            <source>wrong sign of (t − o)</source>
            <translation>(t − o)의 부호가 틀림</translation>
        </message>
        <message>
            <source>updated instead of old w_kj</source>
            <translation>이전 w_kj 대신 업데이트된 값을 씀</translation>
        </message>
        <message>
            <source>forgot α</source>
            <translation>α를 잊음</translation>
        </message>
        <message>
            <source>net instead of h</source>
            <translation>h 대신 net을 씀</translation>
        </message>
    </context>
    <context>
        <name>PracticeRoundText</name>
        <message numerus="yes">
            <source>%n question(s): {right} right first time, {hint} after a hint, {shown} solution shown</source>
            <translation>
                <numerusform>문제 %n개: 한 번에 정답 {right}, 힌트 후 정답 {hint}, 풀이 봄 {shown}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PredictionScatter</name>
        <message>
            <source>true value t</source>
            <translation>실제값 t</translation>
        </message>
        <message>
            <source>the network's answer o</source>
            <translation>신경망의 답 o</translation>
        </message>
    </context>
    <context>
        <name>ProjectionView</name>
        <message>
            <source>principal component 1 ({share} % of the variation)</source>
            <translation>주성분 1 (변동의 {share} %)</translation>
        </message>
        <message>
            <source>principal component 2 ({share} %)</source>
            <translation>주성분 2 ({share} %)</translation>
        </message>
        <message>
            <source>The data seen along its two directions of largest spread (PCA of the inputs). Background: the class the network answers on this plane, with the boundary. A black ring marks each sample the network gets wrong. Filled dots: training; hollow triangles: test.</source>
            <translation>가장 넓게 퍼진 두 방향(입력의 PCA)에서 본 데이터. 배경: 이 평면에서 신경망이 답하는 클래스와 그 경계. 검은 고리는 신경망이 틀린 샘플입니다. 채운 점: 학습, 빈 삼각형: 테스트.</translation>
        </message>
        <message>
            <source>The data seen along its two directions of largest spread (PCA of the inputs). Background: the network's answer on this plane; dots: the targets, same colours (red positive, blue negative).</source>
            <translation>가장 넓게 퍼진 두 방향(입력의 PCA)에서 본 데이터. 배경: 이 평면에서 신경망의 답, 점: 실제값, 같은 색 (빨강 양수, 파랑 음수).</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <source>No recent files</source>
            <translation>최근 파일 없음</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>목록 지우기</translation>
        </message>
    </context>
    <context>
        <name>Registry</name>
        <message>
            <source>XOR: the seed's 4 points (0/1 inputs), train = test, no noise</source>
            <translation>XOR: 원문의 점 4개 (입력 0/1), 학습 = 테스트, 잡음 없음</translation>
        </message>
        <message>
            <source>noisy XOR: class 1 where x and y have opposite signs</source>
            <translation>잡음 있는 XOR: x와 y의 부호가 다르면 클래스 1</translation>
        </message>
        <message>
            <source>circle: class 1 inside radius 2.5, class 0 in a ring around it</source>
            <translation>원: 반지름 2.5 안은 클래스 1, 그 둘레의 고리는 클래스 0</translation>
        </message>
        <message>
            <source>two Gaussian clouds around (2, 2) and (-2, -2)</source>
            <translation>(2, 2)와 (-2, -2) 주위의 가우스 분포 구름 두 개</translation>
        </message>
        <message>
            <source>two interleaved spirals (hard)</source>
            <translation>서로 얽힌 나선 두 개 (어려움)</translation>
        </message>
        <message>
            <source>two interleaved half moons</source>
            <translation>서로 맞물린 반달 두 개</translation>
        </message>
        <message>
            <source>4 x 4 checkerboard of two classes (hard)</source>
            <translation>두 클래스의 4 x 4 체스판 (어려움)</translation>
        </message>
        <message>
            <source>regression: target (x + y) / 10 on a plane</source>
            <translation>회귀: 평면 위의 실제값 (x + y) / 10</translation>
        </message>
        <message>
            <source>regression: six signed bumps</source>
            <translation>회귀: 부호가 있는 봉우리 여섯 개</translation>
        </message>
        <message>
            <source>Iris flowers: 150 x 4 measurements, 3 species (Fisher 1936)</source>
            <translation>붓꽃: 측정값 150 x 4, 3개 종 (Fisher 1936)</translation>
        </message>
        <message>
            <source>hand-written digits: 1797 8x8 images, 10 classes (UCI optdigits)</source>
            <translation>손글씨 숫자: 8x8 이미지 1797개, 10개 클래스 (UCI optdigits)</translation>
        </message>
        <message>
            <source>MNIST (download): 70,000 28x28 hand-written digits, 10 classes; fetched once (~12 MB) and kept</source>
            <translation>MNIST (다운로드): 28x28 손글씨 숫자 70,000개, 10개 클래스. 한 번 내려받아(~12 MB) 보관</translation>
        </message>
        <message>
            <source>Fashion-MNIST (download): 70,000 28x28 pictures of clothes, 10 classes; fetched once (~30 MB) and kept</source>
            <translation>Fashion-MNIST (다운로드): 28x28 옷 사진 70,000개, 10개 클래스. 한 번 내려받아(~30 MB) 보관</translation>
        </message>
        <message>
            <source>unknown row order {order!r}</source>
            <translation>알 수 없는 행 순서 {order!r}</translation>
        </message>
        <message>
            <source>unknown data set {name!r}; choose one of {names}</source>
            <translation>알 수 없는 데이터 세트 {name!r}. 다음 중에서 고르세요: {names}</translation>
        </message>
        <message>
            <source>{name} is real data: its size and noise cannot be set</source>
            <translation>{name}은(는) 실제 데이터라서 크기와 잡음을 정할 수 없습니다</translation>
        </message>
        <message>
            <source>xor is the seed's exact 4 points: n, noise and train fraction are fixed</source>
            <translation>xor은 원문의 점 4개 그대로입니다: 개수, 잡음, 학습 비율이 고정되어 있습니다</translation>
        </message>
        <message>
            <source>number of samples must be between 4 and {max_samples}, not {n}</source>
            <translation>샘플 수는 4에서 {max_samples} 사이여야 합니다 ({n}은(는) 안 됩니다)</translation>
        </message>
        <message>
            <source>noise must be between 0 and {max_noise}, not {noise}</source>
            <translation>잡음은 0에서 {max_noise} 사이여야 합니다 ({noise}은(는) 안 됩니다)</translation>
        </message>
        <message>
            <source>the session's data file {path} is not beside the session, so it was not read; put {name} in the session's folder, or load the CSV yourself</source>
            <translation>세션의 데이터 파일 {path}이(가) 세션 옆에 없어 읽지 않았습니다. {name}을(를) 세션 폴더에 넣거나 CSV를 직접 불러오세요</translation>
        </message>
        <message>
            <source>the data file {path} no longer exists</source>
            <translation>데이터 파일 {path}이(가) 더 이상 없습니다</translation>
        </message>
        <message>
            <source>{name} has changed since it was loaded (SHA-256 differs)</source>
            <translation>{name}이(가) 불러온 뒤에 바뀌었습니다 (SHA-256이 다름)</translation>
        </message>
        <message>
            <source>the data set recipe's CSV options must be an object</source>
            <translation>데이터 세트 설정의 CSV 옵션은 객체여야 합니다</translation>
        </message>
        <message>
            <source>unknown downloadable data set {spec!r}</source>
            <translation>알 수 없는 다운로드 데이터 세트 {spec!r}</translation>
        </message>
        <message>
            <source>the data set recipe is incomplete ({error})</source>
            <translation>데이터 세트 설정이 불완전합니다 ({error})</translation>
        </message>
        <message>
            <source>unknown data set source {get!r}</source>
            <translation>알 수 없는 데이터 세트 출처 {get!r}</translation>
        </message>
    </context>
    <context>
        <name>RunLog</name>
        <message>
            <source>batch</source>
            <translation>배치</translation>
        </message>
        <message>
            <source>momentum μ</source>
            <translation>모멘텀 μ</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <source>data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <source>init</source>
            <translation>초기화</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>시드</translation>
        </message>
        <message>
            <source>shuffle</source>
            <translation>섞기</translation>
        </message>
        <message>
            <source>order seed</source>
            <translation>순서 시드</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>은닉층</translation>
        </message>
        <message>
            <source>layers</source>
            <translation>층</translation>
        </message>
        <message>
            <source>hidden activation</source>
            <translation>은닉 활성화 함수</translation>
        </message>
        <message>
            <source>output activation</source>
            <translation>출력 활성화 함수</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>교차 엔트로피</translation>
        </message>
        <message>
            <source>first run</source>
            <translation>첫 실행</translation>
        </message>
        <message>
            <source>{name} {old} (now {new})</source>
            <translation>{name} {old} (지금 {new})</translation>
        </message>
        <message>
            <source>earlier run, same settings</source>
            <translation>이전 실행, 같은 설정</translation>
        </message>
        <message>
            <source>same settings</source>
            <translation>같은 설정</translation>
        </message>
    </context>
    <context>
        <name>SampleWords</name>
        <message>
            <source>{t} (scaled: {scaled})</source>
            <translation>{t} (배율 맞춤: {scaled})</translation>
        </message>
        <message>
            <source>sample {i} of {n}: x = {x}, t = {t} (just trained); next: sample {next}</source>
            <translation>샘플 {n}개 중 {i}번째: x = {x}, t = {t} (방금 학습함). 다음: 샘플 {next}</translation>
        </message>
        <message>
            <source>next: sample {i} of {n}: x = {x}, t = {t}</source>
            <translation>다음: 샘플 {n}개 중 {i}번째: x = {x}, t = {t}</translation>
        </message>
        <message>
            <source>sample {i} of {n} (just trained)</source>
            <translation>샘플 {n}개 중 {i}번째 (방금 학습함)</translation>
        </message>
        <message>
            <source>next: sample {i} of {n}</source>
            <translation>다음: 샘플 {n}개 중 {i}번째</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>cannot save a non-finite number ({error})</source>
            <translation>유한하지 않은 수는 저장할 수 없습니다 ({error})</translation>
        </message>
        <message>
            <source>not a session file (format {found!r}, expected {format!r})</source>
            <translation>세션 파일이 아닙니다 (형식 {found!r}, 기대한 형식 {format!r})</translation>
        </message>
        <message>
            <source>session version must be a positive integer, not {version!r}</source>
            <translation>세션 버전은 양의 정수여야 합니다 ({version!r}은(는) 안 됩니다)</translation>
        </message>
        <message>
            <source>session file version {version} is newer than this app understands ({version2}); please update Backprop Studio</source>
            <translation>세션 파일 버전 {version}은(는) 이 앱이 이해하는 버전({version2})보다 새롭습니다. Backprop Studio를 업데이트하세요</translation>
        </message>
        <message>
            <source>the position in the epoch does not fit the data set</source>
            <translation>에포크 안의 위치가 데이터 세트와 맞지 않습니다</translation>
        </message>
        <message>
            <source>the samples waiting in the unfinished batch ({count}) do not fit the batch size {size} and the position in the epoch</source>
            <translation>끝나지 않은 배치에서 기다리는 샘플 수({count})가 배치 크기 {size}와 에포크 안의 위치에 맞지 않습니다</translation>
        </message>
        <message>
            <source>missing key {error}</source>
            <translation>키 {error}이(가) 없습니다</translation>
        </message>
        <message>
            <source>{error}</source>
            <translation>{error}</translation>
        </message>
        <message>
            <source>malformed session ({error})</source>
            <translation>세션 형식이 잘못되었습니다 ({error})</translation>
        </message>
        <message>
            <source>'dataset' must be an object</source>
            <translation>'dataset'은 객체여야 합니다</translation>
        </message>
        <message>
            <source>the data set rebuilt from its recipe differs from the one trained on</source>
            <translation>설정으로 다시 만든 데이터 세트가 학습에 쓴 것과 다릅니다</translation>
        </message>
        <message>
            <source>the container lacks data/{missing}.npy</source>
            <translation>컨테이너에 data/{missing}.npy가 없습니다</translation>
        </message>
        <message>
            <source>{what} has {size} values, expected {n}</source>
            <translation>{what}의 값이 {size}개인데 {n}개여야 합니다</translation>
        </message>
        <message>
            <source>{what} has a non-finite value</source>
            <translation>{what}에 유한하지 않은 값이 있습니다</translation>
        </message>
        <message>
            <source>{what} must be a non-negative integer, not {value!r}</source>
            <translation>{what}은(는) 0 이상의 정수여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
        </message>
    </context>
    <context>
        <name>SessionContainer</name>
        <message>
            <source>the session's description alone would be {number:.0f} MiB, more than the {number2} MiB this app reads back; it was not saved</source>
            <translation>세션 설명만으로도 {number:.0f} MiB가 되어 이 앱이 다시 읽을 수 있는 {number2} MiB를 넘습니다. 저장하지 않았습니다</translation>
        </message>
        <message>
            <source>opening this session</source>
            <translation>이 세션 열기</translation>
        </message>
        <message>
            <source>close other programs, or open it on a computer with more memory</source>
            <translation>다른 프로그램을 닫거나, 메모리가 더 많은 컴퓨터에서 여세요</translation>
        </message>
        <message>
            <source>not a session container (members {value})</source>
            <translation>세션 컨테이너가 아닙니다 (구성 파일 {value})</translation>
        </message>
        <message>
            <source>a session container's members must be stored, not compressed</source>
            <translation>세션 컨테이너의 구성 파일은 압축하지 않고 저장되어야 합니다</translation>
        </message>
        <message>
            <source>the container's members claim more bytes than it has</source>
            <translation>컨테이너의 구성 파일이 실제보다 많은 바이트를 주장합니다</translation>
        </message>
        <message>
            <source>session.json is larger than the limit of {number} MiB</source>
            <translation>session.json이 한도 {number} MiB보다 큽니다</translation>
        </message>
        <message>
            <source>damaged session container ({error})</source>
            <translation>손상된 세션 컨테이너 ({error})</translation>
        </message>
        <message>
            <source>{filename} is not a readable .npy ({error})</source>
            <translation>{filename}은(는) 읽을 수 있는 .npy가 아닙니다 ({error})</translation>
        </message>
        <message>
            <source>{filename} must be a 2-D float64 array in C order, not {dtype} {shape}</source>
            <translation>{filename}은(는) C 순서의 2차원 float64 배열이어야 합니다 ({dtype} {shape}은(는) 안 됩니다)</translation>
        </message>
        <message>
            <source>{filename}: its header says {shape}, which does not match its size</source>
            <translation>{filename}: 머리글에는 {shape}라고 되어 있지만 크기와 맞지 않습니다</translation>
        </message>
        <message>
            <source>{filename} is cut short</source>
            <translation>{filename}이(가) 잘려 있습니다</translation>
        </message>
    </context>
    <context>
        <name>ShownSample</name>
        <message>
            <source>{n} inputs</source>
            <translation>입력 {n}개</translation>
        </message>
    </context>
    <context>
        <name>SpeedBox</name>
        <message>
            <source>flat out</source>
            <translation>최고 속도</translation>
        </message>
        <message numerus="yes">
            <source>%n sample(s)/s</source>
            <translation>
                <numerusform>초당 샘플 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>속도</translation>
        </message>
        <message>
            <source>How fast training runs: slow to watch single updates, flat out to train quickly</source>
            <translation>학습 속도: 느리게 하면 업데이트 하나하나를 볼 수 있고, 최고 속도면 빨리 학습합니다</translation>
        </message>
        <message>
            <source>Training speed in samples per second; rightmost = as fast as the computer can</source>
            <translation>초당 샘플 수로 나타낸 학습 속도. 맨 오른쪽 = 컴퓨터가 낼 수 있는 최고 속도</translation>
        </message>
    </context>
    <context>
        <name>StatusNumbers</name>
        <message>
            <source>The sample the graph and the Derivation tab show: the one just trained after a step, else the next one to learn from.</source>
            <translation>신경망 그림과 유도 과정 탭이 보여 주는 샘플: 한 단계 학습한 뒤에는 방금 학습한 샘플, 아니면 다음에 배울 샘플.</translation>
        </message>
        <message>
            <source>Epochs finished: passes over the whole training set</source>
            <translation>마친 에포크 수: 학습 세트 전체를 한 번 훑은 횟수</translation>
        </message>
        <message>
            <source>Samples trained on so far (one weight update each when online)</source>
            <translation>지금까지 학습한 샘플 수 (온라인 학습이면 샘플마다 가중치 업데이트 한 번)</translation>
        </message>
        <message>
            <source>Training speed, samples per second</source>
            <translation>학습 속도, 초당 샘플 수</translation>
        </message>
        <message>
            <source>Mean error E over the last finished epoch (Eₙ of the last sample before the first epoch ends)</source>
            <translation>마지막으로 끝난 에포크의 평균 오차 E (첫 에포크가 끝나기 전에는 마지막 샘플의 Eₙ)</translation>
        </message>
        <message>
            <source>epoch {n}</source>
            <translation>에포크 {n}</translation>
        </message>
        <message numerus="yes">
            <source>%n sample(s)</source>
            <translation>
                <numerusform>샘플 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>compiling…</source>
            <translation>컴파일 중…</translation>
        </message>
        <message>
            <source>{rate} samples/s</source>
            <translation>초당 샘플 {rate}개</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>일시정지됨</translation>
        </message>
    </context>
    <context>
        <name>StepAnimation</name>
        <message>
            <source>Forward: the inputs x</source>
            <translation>순전파: 입력 x</translation>
        </message>
        <message>
            <source>Forward: {unit} = f(net), from the layer before</source>
            <translation>순전파: 앞 층에서 {unit} = f(net) 계산</translation>
        </message>
        <message>
            <source>Backward: δ of the outputs from the error t − o</source>
            <translation>역전파: 오차 t − o로 출력층의 δ 계산</translation>
        </message>
        <message>
            <source>Backward: δ of the hidden layer {unit}, sent back through the weights</source>
            <translation>역전파: 가중치를 거쳐 되돌아온 은닉층 {unit}의 δ</translation>
        </message>
        <message>
            <source>Update: every weight moves by Δw = α δ · input</source>
            <translation>업데이트: 모든 가중치가 Δw = α δ · 입력만큼 움직임</translation>
        </message>
        <message>
            <source>Done: the new weights</source>
            <translation>완료: 새 가중치</translation>
        </message>
    </context>
    <context>
        <name>StopBox</name>
        <message>
            <source>Stop when</source>
            <translation>멈춤 조건</translation>
        </message>
        <message>
            <source>Let training stop by itself; the status bar says why it stopped</source>
            <translation>학습이 스스로 멈추게 합니다. 멈춘 이유는 상태 표시줄에 나옵니다</translation>
        </message>
        <message>
            <source>E below</source>
            <translation>E가 다음보다 작음</translation>
        </message>
        <message>
            <source>Stop when the mean error E of an epoch falls below this</source>
            <translation>에포크의 평균 오차 E가 이 값보다 작아지면 멈춤</translation>
        </message>
        <message>
            <source>epochs reach</source>
            <translation>에포크 수 도달</translation>
        </message>
        <message>
            <source>Stop after this many epochs (passes over the training set)</source>
            <translation>이 에포크 수(학습 세트를 훑은 횟수)가 되면 멈춤</translation>
        </message>
        <message>
            <source>no progress for</source>
            <translation>진전 없음</translation>
        </message>
        <message>
            <source>Stop when E has not improved for this many epochs</source>
            <translation>이 에포크 수 동안 E가 나아지지 않으면 멈춤</translation>
        </message>
        <message>
            <source>Smaller improvements than this share of E do not count as progress</source>
            <translation>E의 이 비율보다 작은 개선은 진전으로 치지 않음</translation>
        </message>
        <message>
            <source>  by more than</source>
            <translation>  개선 기준</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n 에포크</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StopRule</name>
        <message>
            <source>Stopped: the mean error E = {E} fell below the target {target} (epoch {epoch}).</source>
            <translation>멈춤: 평균 오차 E = {E}이(가) 목표 {target}보다 작아졌습니다 (에포크 {epoch}).</translation>
        </message>
    </context>
    <context>
        <name>StopRuleText</name>
        <message numerus="yes">
            <source>Stopped: reached the maximum of %n epoch(s).</source>
            <translation>
                <numerusform>멈춤: 최대 %n 에포크에 도달했습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped: E has not improved by {tol} % in the last %n epoch(s) (a plateau, at E = {E}).</source>
            <translation>
                <numerusform>멈춤: 최근 %n 에포크 동안 E가 {tol} %만큼 나아지지 않았습니다 (정체 구간, E = {E}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Studio</name>
        <message>
            <source>Reset</source>
            <translation>재설정</translation>
        </message>
        <message>
            <source>Reset: weights back to their start (seed {seed}).</source>
            <translation>재설정: 가중치를 처음 값으로 되돌렸습니다 (시드 {seed}).</translation>
        </message>
        <message>
            <source>New init</source>
            <translation>새 초기화</translation>
        </message>
        <message>
            <source>New initial weights (seed {seed}).</source>
            <translation>새 초기 가중치 (시드 {seed}).</translation>
        </message>
        <message>
            <source>Edit weight</source>
            <translation>가중치 편집</translation>
        </message>
        <message>
            <source>Restored: {data}, network {sizes}, epoch {epoch}.</source>
            <translation>복원함: {data}, 신경망 {sizes}, 에포크 {epoch}.</translation>
        </message>
        <message>
            <source>the training thread did not answer in time</source>
            <translation>학습 스레드가 제때 응답하지 않았습니다</translation>
        </message>
        <message>
            <source>Not changed: {reason}.</source>
            <translation>바꾸지 않았습니다: {reason}.</translation>
        </message>
        <message>
            <source>Change: {why}</source>
            <translation>변경: {why}</translation>
        </message>
        <message>
            <source>{why}: training restarted on {data}, network {shape}, fresh weights (seed {seed}).</source>
            <translation>{why}: {data}(으)로 학습을 다시 시작합니다. 신경망 {shape}, 새 가중치 (시드 {seed}).</translation>
        </message>
        <message>
            <source>Training diverged</source>
            <translation>학습이 발산했습니다</translation>
        </message>
        <message>
            <source>The error became infinite; lower α and reset.</source>
            <translation>오차가 무한대가 되었습니다. α를 낮추고 재설정하세요.</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>학습이 멈췄습니다</translation>
        </message>
    </context>
    <context>
        <name>TeachingActions</name>
        <message>
            <source>Backprop view</source>
            <translation>역전파 보기</translation>
        </message>
        <message>
            <source>Colour the edges by this sample's Δw (∝ −∂E/∂w) and the units by their error signal δ</source>
            <translation>연결선은 이 샘플의 Δw (∝ −∂E/∂w)로, 유닛은 오차 신호 δ로 색칠</translation>
        </message>
        <message>
            <source>Animate steps</source>
            <translation>단계 애니메이션</translation>
        </message>
        <message>
            <source>“Step sample” plays the forward pass, the backward pass and the weight update, one phase at a time</source>
            <translation>“샘플 한 개”가 순전파, 역전파, 가중치 업데이트를 한 단계씩 보여 줌</translation>
        </message>
        <message>
            <source>slow</source>
            <translation>느리게</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>보통</translation>
        </message>
        <message>
            <source>fast</source>
            <translation>빠르게</translation>
        </message>
        <message>
            <source>Pace of the step animation</source>
            <translation>단계 애니메이션의 빠르기</translation>
        </message>
    </context>
    <context>
        <name>TorchScript</name>
        <message>
            <source>{name}: a PyTorch script is saved as .py</source>
            <translation>{name}: PyTorch 스크립트는 .py로 저장합니다</translation>
        </message>
    </context>
    <context>
        <name>Trainer</name>
        <message>
            <source>{what}: inputs and targets must be (n, d) and (n, m) with the same n</source>
            <translation>{what}: 입력과 실제값은 n이 같은 (n, d)와 (n, m)이어야 합니다</translation>
        </message>
        <message>
            <source>{what}: there are no samples</source>
            <translation>{what}: 샘플이 없습니다</translation>
        </message>
        <message>
            <source>{what}: data has {shape} inputs and {shape2} targets, the network {names} needs {sizes} and {sizes2}</source>
            <translation>{what}: 데이터는 입력 {shape}개, 실제값 {shape2}개인데 신경망 {names}에는 {sizes}개와 {sizes2}개가 필요합니다</translation>
        </message>
        <message>
            <source>{what}: data contains NaN or infinite values</source>
            <translation>{what}: 데이터에 NaN이나 무한대 값이 있습니다</translation>
        </message>
        <message>
            <source>training data</source>
            <translation>학습 데이터</translation>
        </message>
        <message>
            <source>test data</source>
            <translation>테스트 데이터</translation>
        </message>
        <message>
            <source>give exactly one of samples or epochs</source>
            <translation>samples와 epochs 중 정확히 하나만 주세요</translation>
        </message>
        <message>
            <source>cannot train {count:,} samples in one call</source>
            <translation>한 번에 샘플 {count:,}개를 학습할 수 없습니다</translation>
        </message>
        <message>
            <source>training diverged at sample {sample} (epoch {epoch}): the error or an update became infinite with α = {alpha}. The weights are kept as they were before that sample; lower α, then continue or reset.</source>
            <translation>샘플 {sample}(에포크 {epoch})에서 학습이 발산했습니다: α = {alpha}에서 오차나 업데이트가 무한대가 되었습니다. 가중치는 그 샘플 이전의 값으로 유지됩니다. α를 낮춘 뒤 계속하거나 재설정하세요.</translation>
        </message>
        <message>
            <source>training diverged at sample {sample} (epoch {epoch}): the error or an update became infinite with α = {alpha}. The weights kept from before that sample have grown as large as {largest}, too large to continue from; lower α and reset.</source>
            <translation>샘플 {sample}(에포크 {epoch})에서 학습이 발산했습니다: α = {alpha}에서 오차나 업데이트가 무한대가 되었습니다. 그 샘플 이전에 유지된 가중치가 {largest}까지 커져서 이어서 학습할 수 없습니다. α를 낮추고 재설정하세요.</translation>
        </message>
        <message>
            <source>stopped: the epoch's mean E fell below the target {target}</source>
            <translation>멈춤: 에포크의 평균 E가 목표 {target}보다 작아졌습니다</translation>
        </message>
    </context>
    <context>
        <name>TrainerText</name>
        <message numerus="yes">
            <source>stopped: reached the maximum of %n epoch(s)</source>
            <translation>
                <numerusform>멈춤: 최대 %n 에포크에 도달했습니다</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingActions</name>
        <message>
            <source>▶  Play</source>
            <translation>▶  재생</translation>
        </message>
        <message>
            <source>❚❚  Pause</source>
            <translation>❚❚  일시정지</translation>
        </message>
        <message>
            <source>Start or pause training</source>
            <translation>학습 시작 또는 일시정지</translation>
        </message>
        <message>
            <source>Step sample</source>
            <translation>샘플 한 개</translation>
        </message>
        <message>
            <source>Train exactly one sample, then pause</source>
            <translation>샘플 하나만 학습하고 멈춤</translation>
        </message>
        <message>
            <source>Step epoch</source>
            <translation>에포크 한 번</translation>
        </message>
        <message>
            <source>Train to the end of the current epoch, then pause</source>
            <translation>현재 에포크 끝까지 학습하고 멈춤</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>재설정</translation>
        </message>
        <message>
            <source>Start over from the same initial weights (same seed)</source>
            <translation>같은 초기 가중치(같은 시드)로 처음부터 다시</translation>
        </message>
        <message>
            <source>New init</source>
            <translation>새 초기화</translation>
        </message>
        <message>
            <source>Start over from new random initial weights (next seed)</source>
            <translation>새 무작위 초기 가중치(다음 시드)로 처음부터 다시</translation>
        </message>
    </context>
    <context>
        <name>TrainingBox</name>
        <message>
            <source>uniform ±r</source>
            <translation>균등 분포 ±r</translation>
        </message>
        <message>
            <source>Glorot (Xavier)</source>
            <translation>Glorot (Xavier)</translation>
        </message>
        <message>
            <source>He (for ReLU)</source>
            <translation>He (ReLU용)</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <source>How the weights are updated: Δw = α δ · input</source>
            <translation>가중치를 업데이트하는 방법: Δw = α δ · 입력</translation>
        </message>
        <message>
            <source>Learning rate α: how far each update moves the weights; applied at once, even while training (too large and it diverges)</source>
            <translation>학습률 α: 업데이트 한 번에 가중치가 움직이는 크기. 학습 중에도 바로 적용됩니다 (너무 크면 발산합니다)</translation>
        </message>
        <message>
            <source>Samples whose updates are averaged before the weights change (1 = online, the seed's rule)</source>
            <translation>가중치를 바꾸기 전에 업데이트를 평균하는 샘플 수 (1 = 온라인 학습, 원문의 규칙)</translation>
        </message>
        <message>
            <source>Momentum μ: keep this share of the previous update (0 = the seed's plain rule)</source>
            <translation>모멘텀 μ: 이전 업데이트를 이 비율만큼 이어감 (0 = 원문의 기본 규칙)</translation>
        </message>
        <message>
            <source>L2 weight decay λ: pulls every weight towards 0 at each update (biases are not decayed)</source>
            <translation>L2 가중치 감쇠 λ: 업데이트마다 모든 가중치를 0 쪽으로 당김 (편향은 감쇠하지 않음)</translation>
        </message>
        <message>
            <source>More: momentum, decay, initialisation</source>
            <translation>더 보기: 모멘텀, 감쇠, 초기화</translation>
        </message>
        <message>
            <source>Show or hide momentum, L2 decay, shuffling and how the initial weights are drawn</source>
            <translation>모멘텀, L2 감쇠, 섞기, 초기 가중치 뽑는 방법 보이기/숨기기</translation>
        </message>
        <message>
            <source>shuffle samples each epoch</source>
            <translation>에포크마다 샘플 섞기</translation>
        </message>
        <message>
            <source>Shuffle each epoch</source>
            <translation>에포크마다 섞기</translation>
        </message>
        <message>
            <source>Turn on a fresh random order every epoch</source>
            <translation>에포크마다 새 무작위 순서 켜기</translation>
        </message>
        <message>
            <source>Visit the samples in a new random order every epoch (off: in file order, as the seed does)</source>
            <translation>에포크마다 샘플을 새 무작위 순서로 학습 (끄면 원문처럼 파일 순서대로)</translation>
        </message>
        <message>
            <source>How the initial weights are drawn; changing it restarts training</source>
            <translation>초기 가중치를 뽑는 방법. 바꾸면 학습이 다시 시작됩니다</translation>
        </message>
        <message>
            <source>Initial weights are drawn uniformly from (−r, r); restarts training</source>
            <translation>초기 가중치를 (−r, r)에서 균등하게 뽑습니다. 학습이 다시 시작됩니다</translation>
        </message>
        <message>
            <source>Random seed of the initial weights: the same seed always gives the same weights; restarts training</source>
            <translation>초기 가중치의 난수 시드: 같은 시드는 항상 같은 가중치를 줍니다. 학습이 다시 시작됩니다</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <source>L2 decay</source>
            <translation>L2 감쇠</translation>
        </message>
        <message>
            <source>Init</source>
            <translation>초기화</translation>
        </message>
        <message>
            <source>Init range r</source>
            <translation>초기화 범위 r</translation>
        </message>
        <message>
            <source>Init seed</source>
            <translation>초기화 시드</translation>
        </message>
        <message>
            <source>Beyond the controls' range, now used as shown: {changes}.</source>
            <translation>설정 범위를 벗어나 화면에 보이는 값으로 바꿔 씁니다: {changes}.</translation>
        </message>
        <message>
            <source>The training samples are sorted by class (up to {longest} of one class in a row): in this order each class undoes what the one before taught.</source>
            <translation>학습 샘플이 클래스별로 정렬되어 있습니다(같은 클래스가 최대 {longest}개 연속). 이 순서로는 각 클래스가 앞 클래스가 가르친 것을 되돌립니다.</translation>
        </message>
        <message>
            <source>The training samples are sorted (neighbouring targets are alike): in this order the network fits one end of the data, then forgets it for the other.</source>
            <translation>학습 샘플이 정렬되어 있습니다(이웃한 실제값이 비슷함). 이 순서로는 신경망이 데이터의 한쪽 끝을 맞췄다가 다른 쪽을 배우며 잊어버립니다.</translation>
        </message>
        <message>
            <source>Batch size {batch} is larger than the {n} training samples: every update uses the whole epoch (full-batch gradient descent).</source>
            <translation>배치 크기 {batch}가 학습 샘플 {n}개보다 큽니다: 모든 업데이트가 에포크 전체를 씁니다 (전체 배치 경사 하강법).</translation>
        </message>
        <message>
            <source>Initialisation changed</source>
            <translation>초기화 방법을 바꿨습니다</translation>
        </message>
    </context>
    <context>
        <name>TrainingWorker</name>
        <message>
            <source>the training thread stopped: {error}</source>
            <translation>학습 스레드가 멈췄습니다: {error}</translation>
        </message>
    </context>
    <context>
        <name>UnitResponseStrip</name>
        <message>
            <source>Incoming weights of each first-layer unit, drawn as the {rows} × {cols} input image (red = positive, blue = negative): the pattern each unit looks for.</source>
            <translation>첫 층 각 유닛으로 들어오는 가중치를 {rows} × {cols} 입력 이미지로 그림 (빨강 = 양수, 파랑 = 음수): 각 유닛이 찾는 패턴.</translation>
        </message>
        <message>
            <source>What each unit computes over the input plane (dark = low, light = high): hidden units draw simple boundaries, later layers combine them.</source>
            <translation>입력 평면 위에서 각 유닛이 계산하는 값 (어두움 = 낮음, 밝음 = 높음): 은닉 유닛은 단순한 경계를 긋고, 다음 층이 그것을 조합합니다.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{unit}&lt;/b&gt;: weights from every input pixel into this unit</source>
            <translation>&lt;b&gt;{unit}&lt;/b&gt;: 모든 입력 픽셀에서 이 유닛으로 오는 가중치</translation>
        </message>
        <message>
            <source>&lt;b&gt;{unit}&lt;/b&gt; ({layer} unit {n}) over the plane</source>
            <translation>평면 위의 &lt;b&gt;{unit}&lt;/b&gt; ({layer} 유닛 {n})</translation>
        </message>
    </context>
    <context>
        <name>UnitsTab</name>
        <message>
            <source>Principal components (PCA of all inputs)</source>
            <translation>주성분 (모든 입력의 PCA)</translation>
        </message>
        <message>
            <source>{a} against {b}, the others at their mean</source>
            <translation>{a} 대 {b}, 나머지는 평균값</translation>
        </message>
        <message>
            <source>Which plane of the input space to draw the data and the network's answer on</source>
            <translation>입력 공간의 어느 평면에 데이터와 신경망의 답을 그릴지</translation>
        </message>
        <message>
            <source>Plane:</source>
            <translation>평면:</translation>
        </message>
    </context>
    <context>
        <name>Validate</name>
        <message>
            <source>{path}: file not found</source>
            <translation>{path}: 파일을 찾을 수 없습니다</translation>
        </message>
        <message>
            <source>{path}: cannot open ({strerror})</source>
            <translation>{path}: 열 수 없습니다 ({strerror})</translation>
        </message>
        <message>
            <source>{path}: is not a file</source>
            <translation>{path}: 파일이 아닙니다</translation>
        </message>
        <message>
            <source>file is {human}, larger than the limit of {human2}</source>
            <translation>파일 크기가 {human}로, 한도 {human2}보다 큽니다</translation>
        </message>
        <message>
            <source>file is larger than the limit of {human}</source>
            <translation>파일이 한도 {human}보다 큽니다</translation>
        </message>
        <message>
            <source>holds {number:,} lists and objects and {items:,} items, which would need about {human} of memory to read, more than the limit of {human2} for a file of its size</source>
            <translation>목록과 객체 {number:,}개, 항목 {items:,}개가 있어 읽는 데 메모리가 약 {human} 필요한데, 이 크기의 파일에 대한 한도 {human2}보다 많습니다</translation>
        </message>
        <message>
            <source>lists or objects are nested more than {max_depth} deep</source>
            <translation>목록이나 객체가 {max_depth}단계보다 깊이 중첩되어 있습니다</translation>
        </message>
        <message>
            <source>{what} has a non-finite value ({flat}){pos}</source>
            <translation>{what}에 유한하지 않은 값({flat})이 있습니다{pos}</translation>
        </message>
        <message>
            <source>{what} must be one of {allowed}, not {value!r}</source>
            <translation>{what}은(는) {allowed} 중 하나여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
        </message>
    </context>
    <context>
        <name>WeightInit</name>
        <message>
            <source>unknown init scheme {scheme!r}; choose one of {names}</source>
            <translation>알 수 없는 초기화 방법 {scheme!r}. 다음 중에서 고르세요: {names}</translation>
        </message>
        <message>
            <source>init range r must be in (0, 100], got {r}</source>
            <translation>초기화 범위 r은 (0, 100] 안이어야 합니다 (받은 값: {r})</translation>
        </message>
        <message>
            <source>init range r must be in (0, 100], got {r!r}</source>
            <translation>초기화 범위 r은 (0, 100] 안이어야 합니다 (받은 값: {r!r})</translation>
        </message>
        <message>
            <source>init seed must be a non-negative integer, got {seed!r}</source>
            <translation>초기화 시드는 0 이상의 정수여야 합니다 (받은 값: {seed!r})</translation>
        </message>
    </context>
    <context>
        <name>Weights</name>
        <message>
            <source>architecture does not fit: {error}</source>
            <translation>구조가 맞지 않습니다: {error}</translation>
        </message>
        <message>
            <source>architecture {arch} has {layer} weight layers, the file has {count} weight matrices and {count2} bias vectors</source>
            <translation>구조 {arch}에는 가중치 층이 {layer}개인데, 파일에는 가중치 행렬 {count}개와 편향 벡터 {count2}개가 있습니다</translation>
        </message>
        <message>
            <source>layer {number}: W has shape {shape}, architecture {arch} needs ({sizes}, {sizes2})</source>
            <translation>층 {number}: W의 모양이 {shape}인데, 구조 {arch}에는 ({sizes}, {sizes2})가 필요합니다</translation>
        </message>
        <message>
            <source>layer {number}: b has shape {shape}, architecture {arch} needs ({sizes},)</source>
            <translation>층 {number}: b의 모양이 {shape}인데, 구조 {arch}에는 ({sizes},)가 필요합니다</translation>
        </message>
        <message>
            <source>input normalisation has {size} features, the network {sizes} inputs</source>
            <translation>입력 정규화는 특성이 {size}개인데 신경망의 입력은 {sizes}개입니다</translation>
        </message>
        <message>
            <source>target scaling has {size} values, the network {sizes} outputs</source>
            <translation>실제값 배율은 값이 {size}개인데 신경망의 출력은 {sizes}개입니다</translation>
        </message>
        <message>
            <source>{what} must be a list of text</source>
            <translation>{what}은(는) 텍스트 목록이어야 합니다</translation>
        </message>
        <message>
            <source>{count} class names do not fit {sizes} outputs</source>
            <translation>클래스 이름 {count}개가 출력 {sizes}개에 맞지 않습니다</translation>
        </message>
        <message>
            <source>{count} feature names do not fit {sizes} inputs</source>
            <translation>특성 이름 {count}개가 입력 {sizes}개에 맞지 않습니다</translation>
        </message>
        <message>
            <source>provenance must be an object</source>
            <translation>provenance는 객체여야 합니다</translation>
        </message>
        <message>
            <source>the weights are for a {arch} network, not {arch2}</source>
            <translation>이 가중치는 {arch} 신경망용이며 {arch2}용이 아닙니다</translation>
        </message>
        <message>
            <source>the weights use activations {names}, not {names2}</source>
            <translation>이 가중치는 활성화 함수 {names}를 쓰며 {names2}가 아닙니다</translation>
        </message>
        <message>
            <source>the weights were trained with loss {loss}, not {loss2}</source>
            <translation>이 가중치는 손실 {loss}로 학습되었으며 {loss2}가 아닙니다</translation>
        </message>
        <message>
            <source>the weights take {sizes} inputs, the data has {n_inputs}</source>
            <translation>이 가중치는 입력 {sizes}개를 받는데 데이터의 입력은 {n_inputs}개입니다</translation>
        </message>
        <message>
            <source>the weights give {sizes} outputs, the data has {n_outputs} target columns</source>
            <translation>이 가중치는 출력 {sizes}개를 내는데 데이터의 실제값 열은 {n_outputs}개입니다</translation>
        </message>
        <message>
            <source>no extension</source>
            <translation>확장자 없음</translation>
        </message>
        <message>
            <source>{name}: cannot save weights as '{ext}'; use {names}</source>
            <translation>{name}: 가중치를 '{ext}' 형식으로 저장할 수 없습니다. 다음을 쓰세요: {names}</translation>
        </message>
        <message>
            <source>{name}: cannot read weights from '{ext}'; use {names}</source>
            <translation>{name}: '{ext}' 형식에서 가중치를 읽을 수 없습니다. 다음을 쓰세요: {names}</translation>
        </message>
        <message>
            <source>{what} is not a rectangular array of numbers</source>
            <translation>{what}이(가) 숫자로 된 직사각형 배열이 아닙니다</translation>
        </message>
        <message>
            <source>{what} has a non-finite value ({flat}) at index {value}</source>
            <translation>{what}의 {value} 위치에 유한하지 않은 값({flat})이 있습니다</translation>
        </message>
    </context>
    <context>
        <name>WeightsJson</name>
        <message>
            <source>cannot save a non-finite number ({error})</source>
            <translation>유한하지 않은 수는 저장할 수 없습니다 ({error})</translation>
        </message>
        <message>
            <source>non-finite number {token} is not allowed</source>
            <translation>유한하지 않은 수 {token}은(는) 허용되지 않습니다</translation>
        </message>
        <message>
            <source>an integer of {count} digits is too large</source>
            <translation>{count}자리 정수는 너무 큽니다</translation>
        </message>
        <message>
            <source>not UTF-8 text</source>
            <translation>UTF-8 텍스트가 아닙니다</translation>
        </message>
        <message>
            <source>lists or objects are nested too deeply</source>
            <translation>목록이나 객체가 너무 깊이 중첩되어 있습니다</translation>
        </message>
        <message>
            <source>not valid JSON ({msg})</source>
            <translation>올바른 JSON이 아닙니다 ({msg})</translation>
        </message>
        <message>
            <source>not a weights file (expected a JSON object)</source>
            <translation>가중치 파일이 아닙니다 (JSON 객체여야 함)</translation>
        </message>
        <message>
            <source>not a weights file: format is {get!r}, expected {format!r}</source>
            <translation>가중치 파일이 아닙니다: 형식이 {get!r}인데 {format!r}이어야 합니다</translation>
        </message>
        <message>
            <source>version must be an integer, not {version!r}</source>
            <translation>버전은 정수여야 합니다 ({version!r}은(는) 안 됩니다)</translation>
        </message>
        <message>
            <source>weights file version {version} is newer than this app understands ({version2}); please update Backprop Studio</source>
            <translation>가중치 파일 버전 {version}은(는) 이 앱이 이해하는 버전({version2})보다 새롭습니다. Backprop Studio를 업데이트하세요</translation>
        </message>
        <message>
            <source>unknown weights file version {version}</source>
            <translation>알 수 없는 가중치 파일 버전 {version}</translation>
        </message>
        <message>
            <source>'layers' must be a list of {{"W", "b"}} objects</source>
            <translation>'layers'는 {{"W", "b"}} 객체의 목록이어야 합니다</translation>
        </message>
        <message>
            <source>missing key {error}</source>
            <translation>키 {error}이(가) 없습니다</translation>
        </message>
        <message>
            <source>malformed weights file ({error})</source>
            <translation>가중치 파일 형식이 잘못되었습니다 ({error})</translation>
        </message>
        <message>
            <source>{error}</source>
            <translation>{error}</translation>
        </message>
    </context>
    <context>
        <name>WeightsNpz</name>
        <message>
            <source>unpacks to more than the size limit</source>
            <translation>압축을 풀면 크기 한도를 넘습니다</translation>
        </message>
        <message>
            <source>not an .npz file (not a zip archive)</source>
            <translation>.npz 파일이 아닙니다 (zip 압축 파일이 아님)</translation>
        </message>
        <message>
            <source>damaged or unsupported zip archive ({error})</source>
            <translation>손상되었거나 지원하지 않는 zip 압축 파일입니다 ({error})</translation>
        </message>
        <message>
            <source>holds Python objects (pickle), which are refused</source>
            <translation>Python 객체(pickle)가 들어 있어 거부합니다</translation>
        </message>
        <message>
            <source>unreadable array ({error})</source>
            <translation>읽을 수 없는 배열 ({error})</translation>
        </message>
        <message>
            <source>unreadable ({error})</source>
            <translation>읽을 수 없음 ({error})</translation>
        </message>
        <message>
            <source>holds {members:,} arrays in a {directory:,}-byte table of contents; a weights file has at most {max_npz_members}</source>
            <translation>{directory:,}바이트 목차에 배열이 {members:,}개 있습니다. 가중치 파일에는 최대 {max_npz_members}개까지입니다</translation>
        </message>
        <message>
            <source>{filename}: unsupported .npy version {version}</source>
            <translation>{filename}: 지원하지 않는 .npy 버전 {version}</translation>
        </message>
        <message>
            <source>{filename}: the array claims shape {shape}, more data than the file holds</source>
            <translation>{filename}: 배열 모양이 {shape}라고 되어 있지만 파일에 든 데이터보다 많습니다</translation>
        </message>
        <message>
            <source>{key!r} must be a text scalar</source>
            <translation>{key!r}은(는) 텍스트 스칼라여야 합니다</translation>
        </message>
        <message>
            <source>{key!r} must be a list of text</source>
            <translation>{key!r}은(는) 텍스트 목록이어야 합니다</translation>
        </message>
        <message>
            <source>not a weights file: format is {text!r}</source>
            <translation>가중치 파일이 아닙니다: 형식이 {text!r}입니다</translation>
        </message>
        <message>
            <source>'version' must be an integer scalar</source>
            <translation>'version'은 정수 스칼라여야 합니다</translation>
        </message>
        <message>
            <source>'sizes' must be a list of integers</source>
            <translation>'sizes'는 정수 목록이어야 합니다</translation>
        </message>
        <message>
            <source>missing array {error}</source>
            <translation>배열 {error}이(가) 없습니다</translation>
        </message>
        <message>
            <source>'provenance' is not valid JSON ({error})</source>
            <translation>'provenance'가 올바른 JSON이 아닙니다 ({error})</translation>
        </message>
        <message>
            <source>'provenance': {error}</source>
            <translation>'provenance': {error}</translation>
        </message>
        <message>
            <source>weights must be numbers, not {dtype}</source>
            <translation>가중치는 숫자여야 합니다 ({dtype}은(는) 안 됩니다)</translation>
        </message>
    </context>
    <context>
        <name>WeightsOnnx</name>
        <message>
            <source>ONNX export needs the 'onnx' package: pip install onnx (or the dev extra)</source>
            <translation>ONNX로 내보내려면 'onnx' 패키지가 필요합니다: pip install onnx (또는 dev extra)</translation>
        </message>
        <message>
            <source>ONNX stores float32, and {name} holds values beyond its range (|v| up to {max:.3g}); export JSON or NPZ instead</source>
            <translation>ONNX는 float32로 저장하는데 {name}에 그 범위를 넘는 값(|v| 최대 {max:.3g})이 있습니다. 대신 JSON이나 NPZ로 내보내세요</translation>
        </message>
    </context>
    <context>
        <name>WorstStrip</name>
        <message>
            <source>&lt;b&gt;Hardest training samples now&lt;/b&gt; (what the network says, what the sample is), worst first:</source>
            <translation>&lt;b&gt;지금 가장 어려운 학습 샘플&lt;/b&gt; (신경망의 답, 실제 샘플), 가장 나쁜 것부터:</translation>
        </message>
        <message>
            <source>says {said}
is {truth}</source>
            <translation>답 {said}
실제 {truth}</translation>
        </message>
        <message>
            <source>is {truth}
unsure</source>
            <translation>실제 {truth}
확신 없음</translation>
        </message>
        <message>
            <source>Training sample {row}: the network's output for {said} is the largest; it is a {truth}.</source>
            <translation>학습 샘플 {row}: 신경망 출력은 {said}이(가) 가장 크지만, 실제로는 {truth}입니다.</translation>
        </message>
    </context>
    <context>
        <name>_Job</name>
        <message>
            <source>the file</source>
            <translation>파일</translation>
        </message>
        <message>
            <source>there is not enough memory for this; close other programs or use a smaller file</source>
            <translation>메모리가 부족합니다. 다른 프로그램을 닫거나 더 작은 파일을 쓰세요</translation>
        </message>
    </context>
</TS>
